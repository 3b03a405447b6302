/**
 * Naver search. Sponsored results are the 파워링크 / 비즈사이트 (power link, biz site) lists:
 * `li` cards in a section marked `sp_power` or `ad_section`, title `a.lnk_head` / `.lnk_tit`,
 * display URL `.lnk_url`, description `.lnk_desc` / `.ad_dsc`. Their links go through
 * `ader.naver.com` / `adcr.naver.com`; the `u` parameter is decoded when present, else the real
 * URL the link's click handler carries, else the display URL (marked as such). Web results are
 * the "웹문서" (web documents) list, whose 2025-2026 markup names titles only by generated design-
 * system classes; shopping ads are the product cards of the shopping unit labelled 광고.
 */
import { defineAdapter } from '../types';
import { readSerp, type EngineProfile } from '../serp-page';

const PROFILE: EngineProfile = {
  engine: 'naver',
  platform: 'naver',
  queryParams: ['query'],
  queryInput: 'input[name="query"]',
  // 2023 class names, then the 2025-2026 design system's (generated prefixes, stable words).
  titleLinks: 'a.lnk_head, a.link_tit, a.title_link, a.api_txt_lines.total_tit, a[class*="text-title"], a:has(> [class*="headline1"]), a:has(> span > [class*="headline1"])',
  adBlocks: '.sp_power li.lst, .ad_section li.lst, .sp_power li, [data-ad-type] li',
  snippet: '.lnk_desc, .ad_dsc, .total_dsc, .dsc_txt, .api_txt_lines.dsc_txt',
  displayUrl: '.lnk_url, .url_area .url, .source_txt, .fds-info-sub',
  advertiser: '.site, .lnk_site',
  notRanked: '.sp_nnews, .sp_nblog, .sp_nkin, .related_srch, .sp_nshop, .sp_nimage, .sp_nvideo, .sp_nreview',
  shoppingCards: '.sp_nshop li, [class*="shop_ad"] li, [class*="adProduct"], [class*="product_item"]',
  lang: 'ko',
};

export default defineAdapter({
  matches: [/^https?:\/\/(?:m\.)?search\.naver\.com\/search\.naver\?/i],
  detect(doc) {
    return doc.$()('#main_pack, .sp_power, .sp_website, .api_subject_bx').length ? 'serp' : null;
  },
  extract(doc, capture) {
    return readSerp(doc.$(), capture.url, PROFILE);
  },
});
