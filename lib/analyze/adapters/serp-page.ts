/**
 * A result page read by structure, for engines whose markup is generated or changes often
 * (DuckDuckGo, Naver, Coc Coc, Yandex): a title link is a link holding a heading (or a link
 * inside one); its block is the largest ancestor holding no other title link; a block is an ad
 * when the engine marks it, when its link is a paid click, or when it carries an ad label
 * ("Ad", "Реклама", "광고", "Quảng cáo"…). Each engine adds its own hints as data.
 */
import type { CheerioAPI } from 'cheerio';
import { isTag, type AnyNode, type Element } from 'domhandler';
import type { Ad } from '../types';
import type { AdapterResult } from './types';
import { isPaidClickUrl, landingUrl } from './redirects';
import { searchAd, urlOfDisplay } from './search-ads';
import { isProductAd, shoppingAd } from './shopping-ads';
import { blocksOf, displayUrlIn, isBefore, isChallengePage, organicResults, queryOf } from './serp-kit';
import { clean, isAdLabel, stripAdLabel, visibleText } from './text';

export interface EngineProfile {
  engine: string;
  /** `Ad.platform`. */
  platform: string;
  /** URL parameters that hold the query (`q`, `query`, `text`). */
  queryParams: string[];
  /** The page's search box, when the URL does not say. */
  queryInput?: string;
  /** Engine-specific title links, tried with the structural ones. */
  titleLinks?: string;
  /** Blocks the engine itself marks as ads. */
  adBlocks?: string;
  /** Ad regions below or beside the results. */
  bottomAds?: string;
  sideAds?: string;
  /** Where the engine marks a description, display URL and advertiser name. */
  snippet?: string;
  displayUrl?: string;
  advertiser?: string;
  /** Regions that never hold ranked results (news carousels, related searches). */
  notRanked?: string;
  /** Product cards of the engine's shopping unit; those labelled as ads are shopping ads. */
  shoppingCards?: string;
  /** Page language, which settles currency signs in shopping prices. */
  lang?: string;
  /** Where the engine keeps a result's real URL when its link is an opaque token: `[selector, attribute]`. */
  resultUrlAttr?: [selector: string, attribute: string];
}

const STRUCTURAL_TITLE_LINKS = 'a:has(h2), a:has(h3), a:has([role="heading"]), h2 > a, h3 > a';
const LABEL_HOLDERS = 'span, div, b, small, mark, em, i, label, p';

export function readSerp($: CheerioAPI, url: string, p: EngineProfile): AdapterResult {
  const links = titleLinks($, p);
  const blocks = blocksOf(links);
  const blockOf = (a: Element) => ((p.adBlocks && ($(a).closest(p.adBlocks)[0] as Element | undefined)) || blocks.get(a)) ?? a;
  // Asked twice per link (ads, then organic results), and each answer walks the link's block.
  const adAnswers = new Map<Element, boolean>();
  const readIsAd = (a: Element) => (!!p.adBlocks && $(a).closest(p.adBlocks).length > 0) || isPaidClickUrl($(a).attr('href'), url) || hasAdLabel($, blockOf(a), a);
  const isAd = (a: Element) => {
    let answer = adAnswers.get(a);
    if (answer === undefined) adAnswers.set(a, (answer = readIsAd(a)));
    return answer;
  };
  const inShopping = (a: Element) => !!p.shoppingCards && $(a).closest(p.shoppingCards).length > 0;
  const adLinks = firstPerBlock(links.filter((a) => !inShopping(a) && isAd(a)), blockOf);
  const organicLinks = links.filter((a) => !inShopping(a) && !isAd(a) && !(p.notRanked && $(a).closest(p.notRanked).length));
  const urlFallback = (link: Element, _block: Element, display: string | null) => {
    const kept = p.resultUrlAttr ? $(link).closest(p.resultUrlAttr[0]).attr(p.resultUrlAttr[1]) : undefined;
    return (kept && landingUrl(kept, url)) || urlOfDisplay(display);
  };
  const results = organicResults($, organicLinks, url, { blocks, snippetSelector: p.snippet, displaySelector: p.displayUrl, urlFallback });
  const counters = new Map<string, number>();
  const ads: Ad[] = adLinks.map((link) => {
    const place = placeOf($, link, organicLinks[0], p);
    const n = (counters.get(place) ?? 0) + 1;
    counters.set(place, n);
    const block = blockOf(link);
    const marked = (sel?: string) => (sel ? stripAdLabel(clean($(block).find(sel).first().text())) : null);
    return searchAd($, {
      block,
      link,
      position: `${place}-${n}`,
      platform: p.platform,
      base: url,
      advertiser: marked(p.advertiser),
      displayUrl: p.displayUrl ? displayUrlIn($, block, p.displayUrl) : null,
      landingHints: p.resultUrlAttr ? [$(link).closest(p.resultUrlAttr[0]).attr(p.resultUrlAttr[1])] : [],
      text: marked(p.snippet),
    });
  });
  ads.push(...shoppingAds($, url, p));
  const blocked = isChallengePage($, results.length + ads.length);
  return { kind: 'serp', ads, serp: { engine: p.engine, query: queryOf(url, p.queryParams, $, p.queryInput), results, ...(blocked ? { blocked } : {}) } };
}

/** Shopping cards the engine labels as ads (or that sit in its ad blocks), numbered in page order. */
function shoppingAds($: CheerioAPI, url: string, p: EngineProfile): Ad[] {
  if (!p.shoppingCards) return [];
  const cards = $(p.shoppingCards)
    .toArray()
    .filter((c): c is Element => c.type === 'tag' && !$(c).parents(p.shoppingCards!).length)
    .filter((c) => (!!p.adBlocks && $(c).closest(p.adBlocks).length > 0) || hasAdLabel($, c, c) || $(c).find('a[href]').toArray().some((a) => isPaidClickUrl($(a).attr('href'), url)));
  return cards
    .map((c) => shoppingAd($, c, { position: null, platform: `${p.platform}-shopping`, base: url, lang: p.lang }))
    .filter(isProductAd)
    .map((ad, i) => ({ ...ad, position: `shopping-${i + 1}` }));
}

function titleLinks($: CheerioAPI, p: EngineProfile): Element[] {
  const selector = p.titleLinks ? `${p.titleLinks}, ${STRUCTURAL_TITLE_LINKS}` : STRUCTURAL_TITLE_LINKS;
  // cheerio returns a selector list in document order, each element once.
  return $(selector)
    .toArray()
    .filter((a): a is Element => a.type === 'tag' && a.name === 'a' && !!$(a).attr('href') && !/display:\s*none/.test($(a).attr('style') ?? ''));
}

/** An element in the block, outside the title, whose whole text is an ad label. */
export function hasAdLabel($: CheerioAPI, block: Element, link: Element): boolean {
  return $(block)
    .find(LABEL_HOLDERS)
    .toArray()
    .some((el) => !inHeading(el) && el !== link && isAdLabel(clean(visibleText(el))));
}

/**
 * `$(el).closest('h2, h3, [role="heading"]').length > 0`, walked by hand: it is asked of every
 * label holder in every block, and the selector is parsed anew on each call.
 */
function inHeading(el: Element): boolean {
  for (let cur: AnyNode | null = el; cur && isTag(cur); cur = cur.parent) {
    if (cur.name === 'h2' || cur.name === 'h3' || cur.attribs.role === 'heading') return true;
  }
  return false;
}

function firstPerBlock(links: Element[], blockOf: (a: Element) => Element): Element[] {
  const seen = new Set<Element>();
  return links.filter((a) => {
    const b = blockOf(a);
    if (seen.has(b)) return false;
    seen.add(b);
    return true;
  });
}

function placeOf($: CheerioAPI, link: Element, firstOrganic: Element | undefined, p: EngineProfile): string {
  if (p.bottomAds && $(link).closest(p.bottomAds).length) return 'bottom';
  if (p.sideAds && $(link).closest(p.sideAds).length) return 'side';
  return !firstOrganic || isBefore(link, firstOrganic) ? 'top' : 'bottom';
}
