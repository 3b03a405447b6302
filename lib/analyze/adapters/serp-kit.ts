/**
 * Building blocks shared by the search-engine adapters: finding each result's block from its
 * title link, its snippet and display URL, the query, and document order (top vs bottom ads).
 * Engines rename their classes every few months; these helpers lean on structure instead (a
 * title link holds a heading, a block holds one title link, a snippet is the longest plain text).
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { compareDocumentPosition, DocumentPosition } from 'domutils';
import type { SerpResult } from '../types';
import { registrableDomain } from '../domain';
import { unwrapUrl, urlsInHandlers, wrapperOf } from './redirects';
import { clean, cleanDisplayUrl, isAdLabel, visibleText } from './text';

/**
 * For each title link, the largest ancestor that holds no other title link: the result's block.
 * Counting per ancestor keeps it linear in (links × depth), whatever the markup.
 */
export function blocksOf(links: Element[], root?: AnyNode | null): Map<Element, Element> {
  const counts = new Map<AnyNode, number>();
  for (const link of links) for (let n: AnyNode | null = link; n && n !== root; n = n.parent) counts.set(n, (counts.get(n) ?? 0) + 1);
  const blocks = new Map<Element, Element>();
  for (const link of links) {
    let block: Element = link;
    for (let n = link.parent; n && n !== root && n.type === 'tag' && counts.get(n) === 1; n = n.parent) block = n as Element;
    blocks.set(link, block);
  }
  return blocks;
}

/** True when `a` comes before `b` in document order. */
export function isBefore(a: AnyNode, b: AnyNode): boolean {
  // domutils reports where `a` sits relative to `b` (the reverse of the DOM method).
  return (compareDocumentPosition(a, b) & DocumentPosition.PRECEDING) !== 0;
}

export function contains(outer: AnyNode, inner: AnyNode): boolean {
  for (let n: AnyNode | null = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}

const NOT_SNIPPET = '[style*="display:none"], [hidden], a, cite, h1, h2, h3, [role="heading"], [role="text"], [data-dtld], button, [role="button"], [role="menu"], [role="menuitem"], g-popup, [aria-hidden="true"], script, style';

/**
 * The snippet: the longest text block inside the result that holds no link, heading or display
 * URL (those are the title, the URL line and the sitelinks), label text dropped.
 */
export function snippetIn($: CheerioAPI, block: Element, minLength = 12, reject?: (text: string) => boolean): string | null {
  const excluded = new Set($(block).find(NOT_SNIPPET).toArray());
  // Elements that hold an excluded one (a link, a heading): marked once, walking up from each.
  const holders = new Set<AnyNode>();
  for (const ex of excluded) for (let n = ex.parent; n && n !== block && !holders.has(n); n = n.parent) holders.add(n);
  // Only ancestors inside the block count: a saved page may mark all of <main> aria-hidden.
  const insideExcluded = (el: AnyNode) => {
    for (let n: AnyNode | null = el; n && n !== block; n = n.parent) if (excluded.has(n as Element)) return true;
    return false;
  };
  let best: string | null = null;
  for (const el of $(block).find('div, span, p, td').toArray()) {
    if (holders.has(el) || insideExcluded(el)) continue;
    const t = clean(visibleText(el));
    if (t && t.length >= minLength && !isAdLabel(t) && !reject?.(t) && (!best || t.length > best.length)) best = t;
  }
  return best;
}

/** A URL as engines print it: `www.shop.com/x`, `https://shop.com › shoes`, `shop.vn`. */
export const DISPLAY_URL = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?(\s*›\s*\S.*)?$/u;

/**
 * The display URL line: `cite`, or the element an engine marks as a display domain; else, for
 * engines with generated markup, the first short line that reads as a URL.
 */
export function displayUrlIn($: CheerioAPI, block: Element, selectors = 'cite, [data-dtld], [role="text"]'): string | null {
  for (const el of $(block).find(selectors).toArray()) {
    const t = cleanDisplayUrl(visibleText(el));
    if (t && /[\w-]+\.[\w-]+/.test(t)) return t;
  }
  for (const el of $(block).find('span, div, cite').toArray()) {
    if ($(el).children().length || $(el).closest('h1, h2, h3, h4, [role="heading"]').length) continue;
    // Inside a link only beside a heading (Google writes the display URL into the headline link).
    const link = $(el).closest('a');
    if (link.length && !link.find('h2, h3, [role="heading"]').length) continue;
    const t = cleanDisplayUrl(visibleText(el));
    if (t && t.length <= 120 && DISPLAY_URL.test(t)) return t;
  }
  return null;
}

/**
 * The query the page shows: its search box (when the capture kept its value), else its title
 * ("buy bike - Google Search", "Hello_百度搜索", "Hello at DuckDuckGo"); the URL's parameter when
 * the page says nothing. The page wins when the two differ: a results page reached by paging,
 * a refinement or a script keeps an older query in its URL.
 */
export function queryOf(url: string, params: string[], $: CheerioAPI, inputs = 'input[name="q"], textarea[name="q"]'): string | null {
  return boxQuery($, inputs) ?? titleQuery($) ?? urlQuery(url, params);
}

export function urlQuery(url: string, params: string[]): string | null {
  try {
    const u = new URL(url);
    // Some engines (Coc Coc) keep the query in the fragment: #query=…
    const hash = new URLSearchParams(u.hash.replace(/^#/, ''));
    for (const p of params) {
      const v = clean(u.searchParams.get(p) ?? hash.get(p));
      if (v) return v;
    }
  } catch {
    /* no query in an unreadable URL */
  }
  return null;
}

function boxQuery($: CheerioAPI, inputs: string): string | null {
  for (const box of $(inputs).toArray()) {
    if ($(box).attr('type') === 'hidden') continue;
    const v = clean($(box).attr('value') ?? $(box).text());
    if (v) return v;
  }
  return null;
}

/** Engine names as result-page titles end: "- Google Search", "- ค้นหาด้วย Google", "_百度搜索", "at DuckDuckGo". */
const TITLE_ENGINE = /^(.+)\s*(?:\s[-–—|:]\s|_|\sat\s)\s*[^-–—|_]*(?:Google|Bing|Search|Yahoo|DuckDuckGo|百度|Baidu|NAVER|네이버|Яндекс|Yandex|Cốc Cốc|Coc Coc)[^-–—|_]*$/i;

export function titleQuery($: CheerioAPI): string | null {
  const title = clean($('title').first().text());
  const m = title ? TITLE_ENGINE.exec(title) : null;
  return m ? clean(m[1]) : null;
}

/**
 * Organic results from their title links, ranked in page order; one entry per URL (an engine
 * repeats a link in cards and mobile variants). Links the engine keeps to itself are dropped.
 */
export interface OrganicOptions {
  /** Blocks already computed from all title links (ads included). */
  blocks?: Map<Element, Element>;
  /** Where the engine marks the snippet, tried before the generic longest-text rule. */
  snippetSelector?: string;
  /** Where the engine marks the display URL, tried before `cite` and its kin. */
  displaySelector?: string;
  /**
   * The result's URL where its link is an opaque engine token (Baidu's `link?url=`): an
   * attribute the engine keeps on the block, else the display URL's site.
   */
  urlFallback?: (link: Element, block: Element, display: string | null) => string | null;
}

export function organicResults($: CheerioAPI, links: Element[], base: string, opts: OrganicOptions = {}): SerpResult[] {
  const blocks = opts.blocks ?? blocksOf(links);
  const results: SerpResult[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const block = blocks.get(link) ?? link;
    const display = (opts.displaySelector && displayUrlIn($, block, opts.displaySelector)) || displayUrlIn($, block);
    const href = $(link).attr('href');
    const opaque = !!href && !!wrapperOf(href, base) && !unwrapUrl(href, base);
    const url = opaque ? urlsInHandlers(link.attribs)[0] ?? opts.urlFallback?.(link, block, display) ?? null : unwrapUrl(href, base);
    const title = titleOf($, link);
    if (!url || !title || seen.has(url) || isEngineNavigation(url, base)) continue;
    seen.add(url);
    const marked = opts.snippetSelector ? clean($(block).find(opts.snippetSelector).first().text()) : null;
    results.push({ rank: results.length + 1, title, url, displayUrl: display, snippet: marked ?? snippetIn($, block) });
  }
  return results;
}

/** The engine's own pages (more results, refinements, settings): never a ranked result. */
const ENGINE_PATHS = /^\/(search|url|aclk|aclick|advanced_search|preferences|setprefs|webhp|images|maps|shopping|ck\/a|y\.js|l\/)?$/;

/** Another search vertical of the same engine (images.search.yahoo.com/search/images, baidu.com/sf/vsearch). */
const VERTICAL_PATH = /^\/(?:[\w-]+\/)*[\w-]*search(?:[/;]|$)/i;

export function isEngineNavigation(url: string, page: string): boolean {
  try {
    const u = new URL(url);
    const p = new URL(page);
    if (u.search !== '' && VERTICAL_PATH.test(u.pathname) && registrableDomain(u.href) === registrableDomain(p.href)) return true;
    return u.hostname === p.hostname && (ENGINE_PATHS.test(u.pathname) && u.search !== '');
  } catch {
    return true;
  }
}

/** A title link's title: its heading when it holds one, else its own text. */
export function titleOf($: CheerioAPI, link: Element): string | null {
  const heading = $(link).find('h3, h2, [role="heading"]').first();
  return clean(heading.length ? visibleText(heading[0]) : visibleText(link));
}

/** A captcha or bot challenge in place of results (reCAPTCHA, Cloudflare Turnstile, the engines' own). */
const CHALLENGE = '.g-recaptcha, #recaptcha, iframe[src*="recaptcha"], iframe[src*="challenges.cloudflare.com"], #captcha-form, .captcha, #captcha, .CheckboxCaptcha, .AdvancedCaptcha';

/** True when the page is a challenge and holds no result links: the engine withheld the results. */
export function isChallengePage($: CheerioAPI, resultCount: number): boolean {
  return resultCount === 0 && $(CHALLENGE).length > 0;
}
