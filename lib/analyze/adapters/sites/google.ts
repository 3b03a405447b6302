/**
 * Google web search, desktop, mobile and the no-JavaScript page, current and older markup.
 * Title links are links holding a heading (`h3`, or `role="heading"` on mobile); ads are the
 * ones inside Google's ad regions (ids unchanged since 2013: #tads, #tadsb, #bottomads, #mbEnd)
 * or `[data-text-ad]` blocks, or whose link is a paid click. Shopping ads are `.pla-unit` cards.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { defineAdapter } from '../types';
import type { Ad } from '../../types';
import { blocksOf, contains, isBefore, organicResults, queryOf, titleOf } from '../serp-kit';
import { hasAdLabel } from '../serp-page';
import { searchAd } from '../search-ads';
import { isPaidClickUrl } from '../redirects';
import { isProductAd, shoppingAd } from '../shopping-ads';

const AD_BLOCK = '[data-text-ad], li.ads-ad, .ads-ad';
/**
 * Ad regions that fix the place. `#tads` does not: old pages repeat it below the results, so
 * other ads are placed by document order against the first organic result.
 */
const REGIONS: readonly [selector: string, place: string][] = [
  ['#tadsb, #bottomads', 'bottom'],
  ['#mbEnd, #rhs_block, #rhs', 'side'],
];
/** Regions that only ever hold ads (the right-hand column also holds the knowledge panel). */
const AD_REGIONS = '#tads, #tadsb, #bottomads, #mbEnd';
/** Cards in carousels (top stories, videos) and app-install cards are not ranked web results. */
const NOT_RANKED = 'g-section-with-header, g-scrolling-carousel, g-inner-card, [role="listitem"], [data-attrid], .related-question-pair, a[data-app], a[role="button"]';

export default defineAdapter({
  matches: [/^https?:\/\/(?:www\.|m\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?\/(?:search|webhp|m)?(?:[?#]|$)/i],
  detect(doc) {
    const $ = doc.$();
    return $('#search, #rso, #res, #center_col, #tads').length || titleLinks($).length ? 'serp' : null;
  },
  extract(doc, capture) {
    const $ = doc.$();
    const links = titleLinks($);
    const blocks = blocksOf(links);
    // Asked twice per link (ads, then organic results), and each answer walks the link's block.
    const adAnswers = new Map<Element, boolean>();
    const isAd = (a: Element) => {
      let answer = adAnswers.get(a);
      if (answer === undefined) adAnswers.set(a, (answer = isAdLink($, a) || hasAdLabel($, blocks.get(a) ?? a, a)));
      return answer;
    };
    const adLinks = firstPerAdBlock($, links.filter(isAd));
    const organicLinks = withoutSitelinks($, links.filter((a) => !isAd(a) && !$(a).closest(NOT_RANKED).length));
    const results = organicResults($, organicLinks, capture.url, { blocks });
    const firstOrganic = organicLinks.find((a) => results.some((r) => r.title === titleOf($, a))) ?? null;
    const counters = new Map<string, number>();
    const ads: Ad[] = adLinks.map((link) => {
      const place = placeOf($, link, firstOrganic);
      const n = (counters.get(place) ?? 0) + 1;
      counters.set(place, n);
      const block = adBlockOf($, link) ?? blocks.get(link) ?? link;
      const hints = [$(link).attr('data-rw'), ...($(link).attr('data-pcu') ?? '').split(',')];
      return searchAd($, { block, link, position: `${place}-${n}`, platform: 'google', base: capture.url, landingHints: hints });
    });
    const shopping = $('.pla-unit')
      .toArray()
      .map((card) => shoppingAd($, card, { position: null, platform: 'google-shopping', base: capture.url }))
      .filter(isProductAd);
    ads.push(...shopping.map((ad, i) => ({ ...ad, position: `shopping-${i + 1}` })));
    return { kind: 'serp', ads, serp: { engine: 'google', query: queryOf(capture.url, ['q'], $), results } };
  },
});

/**
 * Links that hold a heading, and in the older markup the visible link inside an `h3` (the
 * hidden twin carries the click-tracking URL).
 */
function titleLinks($: CheerioAPI): Element[] {
  return $('a[href]')
    .toArray()
    .filter((a) => {
      const $a = $(a);
      if ($a.find('h3, [role="heading"]').length) return true;
      const h3 = $a.closest('h3');
      return h3.length > 0 && !/display:\s*none/.test($a.attr('style') ?? '') && !$a.closest('.pla-unit').length;
    });
}

/**
 * One ad's block: Google's own ad element, else the ad region's child that holds the link (the
 * region's wrappers with a single child are looked through). Sitelinks with their own headings
 * sit inside that child: they belong to the ad, they are not ads.
 */
function adBlockOf($: CheerioAPI, link: Element): Element | undefined {
  const own = $(link).closest(AD_BLOCK)[0] as Element | undefined;
  if (own) return own;
  let node = $(link).closest(AD_REGIONS)[0] as Element | undefined;
  while (node) {
    const kids = node.children.filter((c): c is Element => c.type === 'tag' && !LABEL_TAGS.has(c.name));
    const holder = kids.find((k) => contains(k, link));
    if (!holder || holder === link) return node;
    if (kids.length > 1) return holder;
    node = holder;
  }
  return undefined;
}

/** Children of an ad region that are its label or script, not an ad. */
const LABEL_TAGS = new Set(['script', 'style', 'h1', 'h2', 'noscript']);

/**
 * Sitelinks under an organic result (a table or list of heading links inside the same `.g`
 * result as an earlier title link) are that result's, not ranked results of their own.
 */
function withoutSitelinks($: CheerioAPI, links: Element[]): Element[] {
  const seen = new Set<Element>();
  return links.filter((a) => {
    const result = $(a).closest('.g')[0] as Element | undefined;
    if (!result) return true;
    const nested = $(a).closest('table, ul, ol, [role="list"]').toArray().some((list) => contains(result, list));
    if (seen.has(result) && nested) return false;
    seen.add(result);
    return true;
  });
}

/** In an ad block the first heading link is the ad; later ones are its card sitelinks. */
function firstPerAdBlock($: CheerioAPI, links: Element[]): Element[] {
  const seen = new Set<Element>();
  return links.filter((a) => {
    const block = adBlockOf($, a);
    if (!block) return true;
    if (seen.has(block)) return false;
    seen.add(block);
    return true;
  });
}

function isAdLink($: CheerioAPI, a: Element): boolean {
  const $a = $(a);
  if ($a.closest(`${AD_BLOCK}, ${AD_REGIONS}`).length) return true;
  return isPaidClickUrl($a.attr('href')) || isPaidClickUrl($a.attr('data-rw')) || $a.attr('data-pcu') !== undefined;
}

/** Top, bottom or side: by Google's region ids, else by where the ad sits against the results. */
function placeOf($: CheerioAPI, link: Element, firstOrganic: Element | null): string {
  for (const [selector, place] of REGIONS) if ($(link).closest(selector).length) return place;
  return !firstOrganic || isBefore(link, firstOrganic) ? 'top' : 'bottom';
}
