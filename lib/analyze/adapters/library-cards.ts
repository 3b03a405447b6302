/**
 * Ad-library cards → Ads, shared by the Meta, Google, TikTok and LinkedIn library adapters.
 * Libraries render with generated class names, so a card is found by what it always shows
 * (its library id, as text or in a link) and read by structure: status and dates are lines
 * matched against word tables in many languages, the landing link is the one that leaves the
 * library, the creative is the card's video or its large images. Each site adds its hints.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { locate } from '../document';
import { registrableDomain } from '../domain';
import { normalizeNumerals } from '../../numbers/digits';
import { parseDate } from '../../numbers/date';
import type { Ad } from '../types';
import { landingUrl } from './redirects';
import { blocksOf, contains } from './serp-kit';
import { clean, visibleText } from './text';
import { CTA_WORDS, END_LINE, formatType, ID_LINE, PLATFORMS_LINE, platformIds, statusOf } from './library-words';

export { statusOf };

export interface LibraryProfile {
  /** `Ad.platform`: 'meta', 'google', 'tiktok', 'linkedin'. */
  platform: string;
  /** Cards the site marks itself; else cards are found around their library ids. */
  card?: string;
  /** Links that carry the library id in their path (`/ad-library/detail/123`). */
  idHref?: RegExp;
  /** Where the site marks fields, tried before the structural rules. */
  advertiser?: string;
  text?: string;
  headline?: string;
  cta?: string;
  /** Where the site names the creative's format ("Video", "Image", "Text"). */
  format?: string;
  /** The library's own domains: a link to them is never the landing page. */
  ownDomains: RegExp;
  /** Platforms every ad in this library runs on, when the card does not say (TikTok). */
  platforms?: string[];
  /** The platforms this library's ads can run on: names outside it are something else on the card. */
  platformSet?: readonly string[];
}

const BLOCK_TAGS = new Set(['div', 'p', 'section', 'article', 'li', 'ul', 'ol', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button', 'table', 'tr', 'td']);

/** Every card on the page, read into an Ad. */
export function libraryAds($: CheerioAPI, url: string, profile: LibraryProfile, lang: string | null): Ad[] {
  return findCards($, profile).map((card, i) => readCard($, card, url, profile, lang, i));
}

export function findCards($: CheerioAPI, profile: LibraryProfile): Element[] {
  if (profile.card) {
    const marked = $(profile.card).toArray() as Element[];
    if (marked.length) return marked;
  }
  const markers = idMarkers($, profile);
  const blocks = blocksOf(markers);
  return markers.map((m) => blocks.get(m) ?? m);
}

/** The elements that show a library id: id links, or the innermost elements with an id line. */
function idMarkers($: CheerioAPI, profile: LibraryProfile): Element[] {
  const out: Element[] = [];
  const seenIds = new Set<string>();
  const add = (el: Element, id: string) => {
    if (seenIds.has(id)) return;
    seenIds.add(id);
    out.push(el);
  };
  $('a[href], span, div')
    .toArray()
    .forEach((el) => {
      const e = el as Element;
      const href = e.name === 'a' ? $(e).attr('href') ?? '' : '';
      const fromHref = profile.idHref && profile.idHref.exec(href)?.[1];
      if (fromHref) return add(e, fromHref);
      if (e.name === 'a' || $(e).children().toArray().some((c) => BLOCK_TAGS.has((c as Element).name))) return;
      const id = ID_LINE.exec(normalizeNumerals(visibleText(e)))?.[1];
      if (id) add(e, id);
    });
  return out;
}

/** The card's text lines: innermost block elements, in order, each once. */
export function linesOf($: CheerioAPI, root: Element): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  $(root)
    .find('*')
    .toArray()
    .forEach((n) => {
      const el = n as Element;
      if (!BLOCK_TAGS.has(el.name) && el.name !== 'span') return;
      if ($(el).children().toArray().some((c) => BLOCK_TAGS.has((c as Element).name) || (c as Element).name === 'span')) return;
      const text = clean(visibleText(el));
      if (text && !(out.length && out[out.length - 1].text === text)) out.push({ el, text });
    });
  return out;
}

function readCard($: CheerioAPI, card: Element, url: string, p: LibraryProfile, lang: string | null, index: number): Ad {
  const lines = linesOf($, card);
  const libraryId = idOf($, card, p, lines);
  const active = statusOf(lines);
  const dateLine = lines.find((l) => !END_LINE.test(l.text) && parseDate(l.text, lang));
  const landingLink = landingLinkOf($, card, url, p);
  const landing = landingLink ? landingUrl($(landingLink).attr('href'), url) : null;
  const linkParts = landingLink ? linkLines($, landingLink, p) : { headline: null, cta: null };
  const meta = new Set(lines.filter((l) => isMetaLine(l.text, lang)).map((l) => l.el));
  const creative = creativeOf($, card, url);
  const format = marked($, card, p.format);
  const formatKind = formatType(format);
  const advertiser = marked($, card, p.advertiser) ?? advertiserOf($, card, url, p);
  // Labels the card repeats (its advertiser, its format) are not the ad's text.
  for (const l of lines) if (l.text === advertiser || l.text === format) meta.add(l.el);
  return {
    advertiser,
    advertiserDomain: landing ? registrableDomain(landing) : null,
    headline: marked($, card, p.headline) ?? linkParts.headline,
    text: marked($, card, p.text) ?? primaryText(lines, meta, landingLink),
    displayUrl: null,
    landingUrl: landing,
    position: `card-${index + 1}`,
    platform: p.platform,
    libraryId,
    active,
    startDate: dateLine ? parseDate(dateLine.text, lang) : null,
    platforms: platformsOf($, card, lines, p),
    cta: marked($, card, p.cta) ?? linkParts.cta,
    creativeType: formatKind ?? creative.type,
    creativeUrl: creative.url,
    evidence: [{ source: 'adapter', value: libraryId ?? '', selector: locate(card) }],
  };
}

function marked($: CheerioAPI, card: Element, selector?: string): string | null {
  const el = selector ? $(card).find(selector).get(0) : undefined;
  return el ? clean(visibleText(el)) : null;
}

function idOf($: CheerioAPI, card: Element, p: LibraryProfile, lines: { text: string }[]): string | null {
  if (p.idHref) {
    for (const a of $(card).find('a[href]').toArray()) {
      const m = p.idHref.exec($(a).attr('href') ?? '');
      if (m) return m[1];
    }
  }
  for (const l of lines) {
    const m = ID_LINE.exec(normalizeNumerals(l.text));
    if (m) return m[1];
  }
  return null;
}

/** Library metadata, not the ad's words: ids, status, dates, platform lists. */
function isMetaLine(text: string, lang: string | null): boolean {
  return (
    /[:：]$/.test(text) || // a field label ("Format:")
    ID_LINE.test(normalizeNumerals(text)) ||
    statusOf([{ text }]) !== null ||
    END_LINE.test(text) ||
    parseDate(text, lang) !== null ||
    platformIds(text.split(/[,、،·|:]/)).length > 0
  );
}

/**
 * Platforms from icon labels (aria-label, title, alt) and lines naming them; the bare ambiguous
 * words ("Search", "Play") only from a "Platforms: …" line or the line right after its label.
 * Only the library's own platforms count: a Meta card's "Play" button is not Google Play.
 */
function platformsOf($: CheerioAPI, card: Element, lines: { text: string }[], p: LibraryProfile): string[] {
  const names = [
    ...$(card)
      .find('[aria-label], [title], img[alt]')
      .toArray()
      .map((el) => $(el).attr('aria-label') ?? $(el).attr('title') ?? $(el).attr('alt') ?? ''),
    ...lines.flatMap((l) => l.text.split(/[,、،·|:]|\s{2,}/)),
  ];
  const listed = lines.flatMap((l, i) => {
    if (!PLATFORMS_LINE.test(l.text)) return [];
    const rest = l.text.replace(PLATFORMS_LINE, '');
    return (rest.trim() ? rest : lines[i + 1]?.text ?? '').split(/[,、،·|:]|\s{2,}/);
  });
  const out = [...platformIds(listed, true), ...platformIds(names)].filter((id, i, all) => all.indexOf(id) === i && (!p.platformSet || p.platformSet.includes(id)));
  return out.length ? out : [...(p.platforms ?? [])];
}

/** The first link that leaves the library (after decoding its redirect). */
function landingLinkOf($: CheerioAPI, card: Element, url: string, p: LibraryProfile): Element | null {
  for (const a of $(card).find('a[href]').toArray()) {
    const target = landingUrl($(a).attr('href'), url);
    const domain = target ? registrableDomain(target) : null;
    if (target && domain && !p.ownDomains.test(domain)) return a as Element;
  }
  return null;
}

/**
 * The link card under the creative reads: caption (the shop's domain), headline, description,
 * call-to-action button. The button is the `role="button"` / `<button>`; the headline the first
 * line that is neither the caption nor the button.
 */
function linkLines($: CheerioAPI, link: Element, p: LibraryProfile): { headline: string | null; cta: string | null } {
  const lines = linesOf($, link).map((l) => l.text);
  // The button, never the link card itself (it may carry role="button") nor a caption: a known
  // call-to-action caption first, else the last button that does not read as a domain or URL.
  const buttons = [...$(link).find('[role="button"], button').toArray(), ...$(link).parent().find('[role="button"], button').toArray()]
    .filter((b) => b !== link && !contains(b as Element, link))
    .map((b) => clean(visibleText(b)))
    .filter((t): t is string => !!t && t.length <= 40 && !/^(https?:\/\/)?[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(t) && !p.ownDomains.test(t));
  const cta = buttons.find((t) => CTA_WORDS.test(t)) ?? buttons[buttons.length - 1] ?? lines.find((t) => CTA_WORDS.test(t)) ?? null;
  const headline = lines.find((t) => t !== cta && !/^[\w.-]+\.[a-z]{2,}$/i.test(t) && !p.ownDomains.test(t)) ?? null;
  return { headline, cta };
}

/** The advertiser: the card's first named link to a page inside the library's own site. */
function advertiserOf($: CheerioAPI, card: Element, url: string, p: LibraryProfile): string | null {
  for (const a of $(card).find('a[href]').toArray()) {
    const href = $(a).attr('href') ?? '';
    const name = clean(visibleText(a));
    if (!name || (p.idHref && p.idHref.test(href)) || landingUrl(href, url) === null) continue;
    const domain = registrableDomain(new URL(href, url).href);
    if (domain && p.ownDomains.test(domain)) return name;
  }
  return null;
}

/** The primary text: the longest line that is not metadata and not inside the link card. */
function primaryText(lines: { el: Element; text: string }[], meta: Set<Element | undefined>, link: Element | null): string | null {
  let best: string | null = null;
  for (const l of lines) {
    if (meta.has(l.el) || (link && isInside(link, l.el))) continue;
    if (!best || l.text.length > best.length) best = l.text;
  }
  return best;
}

function isInside(outer: AnyNode, inner: AnyNode): boolean {
  for (let n: AnyNode | null = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}

/** Video, carousel (several large images or a carousel region), image, or text only. */
function creativeOf($: CheerioAPI, card: Element, url: string): { type: Ad['creativeType']; url: string | null } {
  const abs = (v: string | undefined) => {
    try {
      return v ? new URL(v, url).href : null;
    } catch {
      return null;
    }
  };
  const video = $(card).find('video').first();
  if (video.length) return { type: 'video', url: abs(video.attr('src') ?? video.find('source').attr('src') ?? video.attr('poster')) };
  const images = $(card)
    .find('img[src]')
    .toArray()
    .filter((img) => !isIcon($, img as Element));
  const carousel = $(card).find('[aria-roledescription="carousel"], [data-carousel]').length > 0 || images.length >= 2;
  if (images.length) return { type: carousel ? 'carousel' : 'image', url: abs($(images[0]).attr('src')) };
  return { type: 'text', url: null };
}

/** Avatars and platform icons are small: not the creative. */
function isIcon($: CheerioAPI, img: Element): boolean {
  const size = Math.max(Number($(img).attr('width') ?? 0), Number($(img).attr('height') ?? 0));
  return (size > 0 && size <= 64) || $(img).closest('a[role="link"][aria-label], [data-avatar]').length > 0;
}
