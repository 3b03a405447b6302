/**
 * A sponsored search result → Ad, the same way on every engine: headline from the title link,
 * landing URL decoded from the engine's click wrapper, advertiser from the name the engine
 * shows (else the landing or display domain), description, sitelinks and position.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { locate } from '../document';
import { registrableDomain } from '../domain';
import type { Ad } from '../types';
import { adDomainHint, isEngineUrl, isPaidClickUrl, landingUrl, urlsInHandlers } from './redirects';
import { contains, DISPLAY_URL, displayUrlIn, snippetIn, titleOf } from './serp-kit';
import { clean, isAdLabel, isAdMenuLabel, stripAdLabel, stripAdMenuLabels, visibleText } from './text';

export interface SearchAdInput {
  /** The ad's block (one ad, its extensions and sitelinks). */
  block: Element;
  /** The headline link. */
  link: Element;
  /** "top-1", "bottom-2", "side-1". */
  position: string;
  /** 'google', 'bing', 'naver' … */
  platform: string;
  /** The page URL, to resolve relative links. */
  base: string;
  /** Further places that hold the landing URL, tried after the link's own href. */
  landingHints?: (string | null | undefined)[];
  /** Overrides for engines that mark these fields explicitly. */
  advertiser?: string | null;
  displayUrl?: string | null;
  text?: string | null;
}

export function searchAd($: CheerioAPI, input: SearchAdInput): Ad {
  const { block, link, base } = input;
  const href = $(link).attr('href');
  // The href, the engine's own hints, then URLs the link's click handler carries (Naver).
  const linked = [href, ...(input.landingHints ?? []), ...urlsInHandlers(link.attribs)].map((h) => landingUrl(h, base)).find(Boolean) ?? null;
  const displayUrl = input.displayUrl ?? displayUrlIn($, block);
  // An opaque click token hides the page, not the site: the display URL names it.
  const shown = linked ? null : urlOfDisplay(displayUrl);
  const landing = linked ?? shown;
  const advertiserDomain = (landing && registrableDomain(landing)) || domainOfDisplay(displayUrl) || adDomainHint(href, base);
  const headline = stripAdLabel(titleOf($, link));
  const advertiser = input.advertiser ?? advertiserNameIn($, link) ?? advertiserDomain ?? null;
  // The display URL and the ad menu are plain lines on some layouts: neither is the ad's text.
  const notText = (t: string) => DISPLAY_URL.test(stripAdLabel(t) ?? '') || isAdMenuLabel(t) || (!!displayUrl && (stripAdLabel(t) ?? '').startsWith(displayUrl));
  const text = input.text ?? stripAdLabel(snippetIn($, block, 12, notText));
  // Engines link the advertiser name and description too (Naver): those are not sitelinks.
  const own = new Set([headline, advertiser, text, displayUrl].filter(Boolean));
  return {
    advertiser,
    advertiserDomain: advertiserDomain ?? null,
    headline,
    text,
    displayUrl,
    landingUrl: landing,
    landingSource: linked ? 'link' : shown ? 'display-url' : null,
    position: input.position,
    platform: input.platform,
    sitelinks: sitelinksIn($, block, link, advertiserDomain, base).filter((s) => !own.has(s.title)),
    evidence: [{ source: 'adapter', value: headline ?? landing ?? '', selector: locate(block) }],
  };
}

/**
 * A card sitelink holds a title and a description (`<a><div>Title</div><div>Text</div></a>`):
 * the title is its heading, else its first line when it is laid out in lines.
 */
function sitelinkTitle($: CheerioAPI, a: Element): string | null {
  const heading = $(a).find('h3, h4, [role="heading"]').first();
  if (heading.length) return clean(visibleText(heading[0]));
  const lines = $(a)
    .find('div, p')
    .toArray()
    .filter((el) => !$(el).find('div, p').length)
    .map((el) => clean(visibleText(el)))
    .filter((t): t is string => !!t);
  return lines.length >= 2 ? lines[0] : clean(visibleText(a));
}

function looksLikeUrl(s: string): boolean {
  return /^(https?:\/\/|www\.)/i.test(s) || /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(s);
}

/**
 * The URL a display line stands for: "www.shop.com/sale" → https://www.shop.com/sale; a
 * breadcrumb ("https://www.shop.com › shoes") names only the site, so only its host is kept.
 */
export function urlOfDisplay(display: string | null): string | null {
  const m = display && /^(https?:\/\/)?([\w-]+(?:\.[\w-]+)+)(\/[^\s›]*)?/i.exec(display.trim());
  if (!m || !/[a-z]/i.test(m[2].split('.').pop() ?? '')) return null;
  const breadcrumb = display!.includes('›');
  try {
    const u = new URL(`${m[1] ?? 'https://'}${m[2]}${breadcrumb ? '/' : m[3] ?? '/'}`);
    return isEngineUrl(u.href) ? null : u.href;
  } catch {
    return null;
  }
}

/** "https://www.shop.com › shoes" or "www.shop.com/" → "shop.com". */
export function domainOfDisplay(display: string | null): string | null {
  const host = display && /^(?:https?:\/\/)?([\w-]+(?:\.[\w-]+)+)/i.exec(display.trim())?.[1];
  return host ? registrableDomain(`https://${host}`) : null;
}

/**
 * The advertiser's name as the engine shows it inside the headline link, beside the heading and
 * the display URL (Google: "Booking.com · https://www.booking.com"). Null when only a URL shows.
 */
export function advertiserNameIn($: CheerioAPI, link: Element): string | null {
  // Only a link that holds a heading has room for a name beside it; otherwise its text is the headline.
  if (!$(link).find('h3, h2, [role="heading"]').length) return null;
  const skip = new Set($(link).find('h3, h2, [role="heading"], cite, [role="text"], [data-dtld], [aria-hidden="true"], [role="button"], [role="menu"], g-popup, g-dropdown-menu, script, style').toArray());
  const parts: string[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (child.type === 'text') parts.push((child as unknown as { data: string }).data);
      else if (child.type === 'tag' && !skip.has(child as Element)) walk(child as Element);
    }
  };
  walk(link);
  // A display URL written as plain text and the "why this ad" caption are not the name.
  const kept = parts.map((t) => clean(stripAdMenuLabels(clean(t)))).filter((t): t is string => !!t && /[\p{L}\p{N}]/u.test(t) && !isAdLabel(t) && !DISPLAY_URL.test(stripAdLabel(t) ?? ''));
  const name = clean(stripAdMenuLabels(kept.join(' ')));
  if (!name || isAdLabel(name) || name.length > 80 || /^(https?:\/\/|www\.)/i.test(name)) return null;
  return stripAdLabel(name.replace(/\s*[·•]\s*$/, ''));
}

/**
 * Sitelinks: the block's other links that are ad clicks or lead to the advertiser's own domain
 * (review quotes link elsewhere and are left out). A paid click whose target is opaque keeps its
 * title with a null URL: an ad's links must never send the user through the engine's paid click.
 */
export function sitelinksIn($: CheerioAPI, block: Element, main: Element, domain: string | null, base: string): { title: string; url: string | null }[] {
  const out: { title: string; url: string | null }[] = [];
  for (const a of $(block).find('a[href]').toArray()) {
    if (a === main || contains(main, a) || contains(a, main)) continue;
    const href = $(a).attr('href')!;
    const title = sitelinkTitle($, a);
    // The display URL is often a second link to the landing page: a URL is not a sitelink title.
    if (!title || isAdLabel(title) || looksLikeUrl(title)) continue;
    const url = landingUrl(href, base) ?? urlsInHandlers(a.attribs)[0] ?? null;
    const paid = isPaidClickUrl(href, base);
    const ours = paid || (!!url && !!domain && registrableDomain(url) === domain);
    if ((url || paid) && ours && !out.some((s) => s.url === url && s.title === title)) out.push({ title, url });
  }
  return out;
}
