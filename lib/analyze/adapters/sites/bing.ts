/**
 * Bing web search (also what Yahoo, Ecosia and DuckDuckGo ads come from). Results are
 * `li.b_algo` with an `h2` title link; ads sit in `li.b_ad` lists (`.b_adBottom` below the
 * results), each ad an `.sb_add` block whose links go through `bing.com/aclick?…&u=<base64>`.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { defineAdapter } from '../types';
import type { Ad } from '../../types';
import { blocksOf, isBefore, isChallengePage, organicResults, queryOf } from '../serp-kit';
import { searchAd } from '../search-ads';
import { isPaidClickUrl } from '../redirects';
import { clean, stripAdLabel } from '../text';

const AD_BLOCK = '.sb_add, li.b_adTop > ul > li, .b_ad > ul > li';
const SNIPPET = '.b_caption > p, .b_lineclamp2, .b_lineclamp3, .b_lineclamp4, .b_algoSlug, .b_snippet';

export default defineAdapter({
  matches: [/^https?:\/\/(?:www\.|cn\.)?bing\.com\/(?:search|\?)/i],
  detect(doc) {
    const $ = doc.$();
    return $('#b_results, li.b_algo, li.b_ad').length || isChallengePage($, 0) ? 'serp' : null;
  },
  extract(doc, capture) {
    const $ = doc.$();
    const links = $('#b_results h2 a[href], li.b_algo h2 a[href], .b_ad h2 a[href]').toArray();
    const blocks = blocksOf(links);
    const isAd = (a: Element) => $(a).closest('.b_ad, .sb_add').length > 0 || isPaidClickUrl($(a).attr('href'));
    const organicLinks = links.filter((a) => !isAd(a) && $(a).closest('li.b_algo').length);
    const results = organicResults($, organicLinks, capture.url, { blocks, snippetSelector: SNIPPET });
    const counters = new Map<string, number>();
    const ads: Ad[] = links.filter(isAd).map((link) => {
      const place = placeOf($, link, organicLinks[0]);
      const n = (counters.get(place) ?? 0) + 1;
      counters.set(place, n);
      const block = ($(link).closest(AD_BLOCK)[0] as Element | undefined) ?? blocks.get(link) ?? link;
      return searchAd($, {
        block,
        link,
        position: `${place}-${n}`,
        platform: 'bing',
        base: capture.url,
        advertiser: clean($(block).find('.tptt, .b_adurl .b_attribution strong').first().text()),
        text: stripAdLabel(clean($(block).find('.b_caption > p, .b_ad_description, .b_lineclamp2').first().text())),
      });
    });
    const blocked = isChallengePage($, results.length + ads.length);
    return { kind: 'serp', ads, serp: { engine: 'bing', query: queryOf(capture.url, ['q'], $, 'input[name="q"], textarea[name="q"]'), results, ...(blocked ? { blocked } : {}) } };
  },
});

function placeOf($: CheerioAPI, link: Element, firstOrganic: Element | undefined): string {
  if ($(link).closest('.b_adBottom').length) return 'bottom';
  if ($(link).closest('#b_context, .b_adSidebar').length) return 'side';
  return !firstOrganic || isBefore(link, firstOrganic) ? 'top' : 'bottom';
}
