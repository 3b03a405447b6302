/**
 * Baidu web search. Results are `.c-container` blocks in `#content_left` with an `h3.t` title
 * link; the link is an opaque `baidu.com/link?url=` token, so the real URL comes from the block's
 * `mu` attribute, else the display URL (`.c-showurl`). Ads are blocks Baidu marks (`data-tuiguang`,
 * ids in the 3000s, `.ec_tuiguang_pplink`) or labels "广告"; their clicks are opaque too.
 */
import { defineAdapter } from '../types';
import { readSerp, type EngineProfile } from '../serp-page';

const PROFILE: EngineProfile = {
  engine: 'baidu',
  platform: 'baidu',
  queryParams: ['wd', 'word'],
  queryInput: 'input[name="wd"]',
  titleLinks: '#content_left .c-container h3 a, #content_left .result h3 a',
  adBlocks: '#content_left > [data-tuiguang], #content_left > div[id^="300"]:not(.result):not(.result-op), #content_left > div:has(.ec_tuiguang_pplink)',
  snippet: '.c-abstract, .content-right_8Zs40, [class*="content-right"]',
  displayUrl: '.c-showurl, .c-color-gray, [class*="source"] span',
  notRanked: '#con-ar, #rs, .hint_common_restop',
  resultUrlAttr: ['.c-container, .result, .result-op', 'mu'],
};

export default defineAdapter({
  matches: [/^https?:\/\/(?:www\.|m\.)?baidu\.com\/(?:s|from=\d+\/s)\?/i],
  detect(doc) {
    return doc.$()('#content_left, #results').length ? 'serp' : null;
  },
  extract(doc, capture) {
    return readSerp(doc.$(), capture.url, PROFILE);
  },
});
