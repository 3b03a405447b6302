/**
 * Page metadata: what a marketer sees in a search result or a social share card. Each field
 * is read from an ordered list of sources (data below); the first non-empty one wins. Meta
 * tags come from the walk's list, JSON-LD from the structured-data cache, so nothing here
 * queries the tree again.
 */
import type { Element } from 'domhandler';
import { absoluteUrl, attr, textOf, type PageDoc } from '../document';
import type { PageMeta } from '../types';
import { isObject, jsonLdOf } from './structured-data/jsonld';
import { shortType } from './structured-data/types';

/** Where each field comes from, in order of trust. `meta:x` is a meta name or property. */
const SOURCES = {
  title: ['meta:og:title', 'meta:twitter:title', 'meta:sailthru.title', 'title', 'jsonld:headline', 'h1'],
  description: ['meta:og:description', 'meta:twitter:description', 'meta:description', 'meta:sailthru.description', 'jsonld:description'],
  siteName: ['meta:og:site_name', 'meta:application-name', 'meta:apple-mobile-web-app-title', 'jsonld:site', 'jsonld:publisher', 'meta:twitter:app:name:iphone'],
  image: ['meta:og:image', 'meta:og:image:url', 'meta:og:image:secure_url', 'meta:twitter:image', 'meta:twitter:image:src', 'jsonld:image', 'link:image_src', 'meta:thumbnail'],
  author: ['jsonld:author', 'meta:author', 'meta:article:author', 'meta:sailthru.author', 'meta:parsely-author', 'meta:dc.creator'],
  publisher: ['jsonld:publisher', 'meta:og:site_name', 'meta:application-name'],
  date: ['meta:article:published_time', 'jsonld:datePublished', 'meta:og:published_time', 'meta:date', 'meta:dc.date', 'meta:dcterms.created', 'meta:sailthru.date', 'meta:parsely-pub-date', 'meta:article:modified_time', 'jsonld:dateModified'],
} as const;

/** Scripts written right to left; `dir` falls back to these when the page does not say. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr']);
const OG_NAMESPACES = /^(og|article|product|book|profile|music|video|fb):/;
const SITE_TYPES = new Set(['WebSite', 'Organization', 'Corporation', 'Store', 'OnlineStore', 'LocalBusiness', 'NewsMediaOrganization']);
const MAX_HEADINGS = 50;
const MAX_TEXT = 300;

export function extractPageMeta(doc: PageDoc): PageMeta {
  const metas = metaMap(doc.metas);
  const jsonld = jsonLdOf(doc);
  const ctx: Ctx = { doc, metas, jsonld, ids: idIndex(jsonld) };
  const lang = pageLang(ctx);
  const siteName = pick(ctx, SOURCES.siteName) ?? siteFromTitle(doc.title);
  return {
    title: pick(ctx, SOURCES.title),
    description: pick(ctx, SOURCES.description),
    lang,
    canonical: canonical(doc, metas),
    siteName,
    image: absoluteUrl(repairScheme(pick(ctx, SOURCES.image)), doc.url),
    dir: pageDir(doc, lang),
    author: nonUrl(pick(ctx, SOURCES.author)),
    publisher: pick(ctx, SOURCES.publisher),
    logo: logo(ctx),
    date: pick(ctx, SOURCES.date),
    hreflang: hreflang(doc),
    openGraph: prefixed(metas, OG_NAMESPACES, /^og:/),
    twitter: prefixed(metas, /^twitter:/, /^twitter:/),
    headings: doc.headings.slice(0, MAX_HEADINGS).map((h) => ({ level: Number(h.name[1]), text: clip(textOf(h, 2000)) })).filter((h) => h.text),
    robots: metas.get('robots') ?? null,
    keywords: keywords(metas.get('keywords')),
  };
}

interface Ctx {
  doc: PageDoc;
  metas: Map<string, string>;
  jsonld: Record<string, unknown>[];
  /** JSON-LD nodes by @id, to follow references such as {"@id": "#logo"}. */
  ids: Map<string, Record<string, unknown>>;
}

/** name / property / http-equiv (lower-cased) → first non-empty content. */
function metaMap(metas: Element[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of metas) {
    const content = attr(m, 'content');
    if (content === null) continue;
    for (const key of ['property', 'name', 'http-equiv']) {
      const k = m.attribs[key]?.trim().toLowerCase();
      if (k && !map.has(k)) map.set(k, content);
    }
  }
  return map;
}

/**
 * The first source with a value; when that value was cut short by the page ("…" or "..."),
 * a later source holding the whole text wins.
 */
function pick(ctx: Ctx, sources: readonly string[]): string | null {
  let first: string | null = null;
  for (const s of sources) {
    const raw = read(ctx, s);
    if (!raw) continue;
    const v = clip(raw);
    if (first === null) {
      if (!TRUNCATED.test(v)) return v;
      first = v;
    } else if (v.length > first.length && v.startsWith(first.replace(TRUNCATED, '').slice(0, 40))) return v;
  }
  return first;
}

const TRUNCATED = /\s*(?:\.\.\.|…)$/;

function read(ctx: Ctx, source: string): string | null {
  const [kind, ...rest] = source.split(':');
  const key = rest.join(':');
  switch (kind) {
    case 'meta':
      return ctx.metas.get(key) ?? null;
    case 'title':
      return ctx.doc.title || null;
    case 'h1': {
      const h1 = ctx.doc.headings.find((h) => h.name === 'h1');
      return h1 ? textOf(h1, 2000) || null : null;
    }
    case 'link':
      return linkHref(ctx.doc, key);
    case 'jsonld':
      return key === 'site' ? jsonLdSiteName(ctx) : jsonLdField(ctx, key);
    default:
      return null;
  }
}

/** The first JSON-LD object's field, as text: names of people and organisations, urls of images. */
function jsonLdField(ctx: Ctx, key: string): string | null {
  for (const o of ctx.jsonld) {
    const v = asText(o[key], ctx.ids);
    if (v) return v;
  }
  return null;
}

function asText(v: unknown, ids: Ctx['ids'], depth = 0): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (depth > 3) return null;
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = asText(x, ids, depth + 1);
      if (t) return t;
    }
    return null;
  }
  if (!isObject(v)) return null;
  const own = v.name ?? v.url ?? v.contentUrl;
  if (own !== undefined) return asText(own, ids, depth + 1);
  // A bare {"@id": "…#logo"} points at another node of the graph; it is not itself a value.
  const id = typeof v['@id'] === 'string' ? v['@id'] : null;
  const target = id ? ids.get(id) : undefined;
  return target && target !== v ? asText(target, ids, depth + 1) : null;
}

function idIndex(list: Record<string, unknown>[]): Map<string, Record<string, unknown>> {
  const map = new Map<string, Record<string, unknown>>();
  for (const o of list) if (typeof o['@id'] === 'string' && !map.has(o['@id'])) map.set(o['@id'], o);
  return map;
}

function jsonLdSiteName(ctx: Ctx): string | null {
  for (const o of ctx.jsonld) {
    const types = [o['@type']].flat().filter((t): t is string => typeof t === 'string').map(shortType);
    if (types.some((t) => SITE_TYPES.has(t))) {
      const name = asText(o.name, ctx.ids);
      if (name) return name;
    }
  }
  return null;
}

function linkHref(doc: PageDoc, rel: string): string | null {
  for (const l of doc.links) if (relOf(l).includes(rel)) return attr(l, 'href');
  return null;
}

function relOf(l: Element): string[] {
  return (l.attribs.rel ?? '').toLowerCase().split(/\s+/);
}

function canonical(doc: PageDoc, metas: Map<string, string>): string | null {
  return absoluteUrl(linkHref(doc, 'canonical'), doc.url) ?? absoluteUrl(metas.get('og:url'), doc.url);
}

/** html lang, then og:locale (en_US → en-US), then Content-Language, then JSON-LD inLanguage. */
function pageLang(ctx: Ctx): string | null {
  const { doc, metas } = ctx;
  const candidates = [doc.htmlEl?.attribs.lang, doc.htmlEl?.attribs['xml:lang'], metas.get('og:locale'), metas.get('content-language'), metas.get('language'), metas.get('dc.language'), jsonLdField(ctx, 'inLanguage')];
  for (const c of candidates) {
    const tag = normaliseLang(c);
    if (tag) return tag;
  }
  return null;
}

/** `EN_us` → `en-US`; `zh-hant-tw` → `zh-Hant-TW`; anything not shaped like a language tag → null. */
export function normaliseLang(raw: string | null | undefined): string | null {
  const first = raw?.split(/[,;]/)[0].trim().replace(/_/g, '-');
  if (!first || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(first)) return null;
  return first
    .split('-')
    .map((p, i) => (i === 0 ? p.toLowerCase() : p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p))
    .join('-');
}

function pageDir(doc: PageDoc, lang: string | null): 'ltr' | 'rtl' | null {
  const dir = doc.htmlEl?.attribs.dir?.trim().toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  if (!lang) return null;
  return RTL_LANGUAGES.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
}

/** JSON-LD publisher or organisation logo, else the largest touch icon, else the favicon. */
function logo(ctx: Ctx): string | null {
  for (const o of ctx.jsonld) {
    const holder = isObject(o.publisher) ? o.publisher : o;
    const v = asText(holder.logo, ctx.ids);
    if (v) return absoluteUrl(v, ctx.doc.url);
  }
  const icons = ctx.doc.links.filter((l) => relOf(l).some((r) => r === 'apple-touch-icon' || r === 'icon')).sort((a, b) => iconSize(b) - iconSize(a));
  return icons.length ? absoluteUrl(attr(icons[0], 'href'), ctx.doc.url) : null;
}

function iconSize(l: Element): number {
  const m = /(\d+)x\d+/.exec(l.attribs.sizes ?? '');
  return (m ? Number(m[1]) : 0) + (relOf(l).includes('apple-touch-icon') ? 1 : 0);
}

function hreflang(doc: PageDoc): { lang: string; url: string }[] {
  const out: { lang: string; url: string }[] = [];
  for (const l of doc.links) {
    const lang = attr(l, 'hreflang');
    const url = lang && relOf(l).includes('alternate') ? absoluteUrl(attr(l, 'href'), doc.url) : null;
    if (lang && url) out.push({ lang, url });
  }
  return out;
}

function prefixed(metas: Map<string, string>, keep: RegExp, strip: RegExp): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of metas) if (keep.test(k)) out[k.replace(strip, '')] = v;
  return out;
}

function keywords(raw: string | undefined): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(/[,،、，;]/).map((k) => k.trim()).filter(Boolean))].slice(0, 30);
}

/**
 * Template slips seen on real pages: `https//cdn…` (a colon lost) would resolve as a relative
 * path; `http://site.comhttps://cdn…` (a base glued to an absolute URL) means the second one.
 */
function repairScheme(url: string | null): string | null {
  return url?.replace(/^(https?)\/\//i, '$1://').replace(/^https?:\/\/[^/?#]+?(?=https?:\/\/)/i, '') ?? null;
}

/** Authors given as profile URLs (article:author often is) are not names. */
function nonUrl(v: string | null): string | null {
  return v && !/^https?:\/\//i.test(v) ? v : null;
}

/** "Article | Smitten Kitchen" → "Smitten Kitchen": a short last segment after a pipe. */
function siteFromTitle(title: string | null): string | null {
  const parts = title?.split(/\s+[|·•]\s+/) ?? [];
  const last = parts.length > 1 ? parts[parts.length - 1].trim() : '';
  return last && last.length <= 40 && last.split(/\s+/).length <= 5 ? last : null;
}

/** Content escaped twice by the page (`&amp;amp;`) reads as `&amp;` after one parse; fold it. */
const ESCAPED_AGAIN: Readonly<Record<string, string>> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#039;': "'", '&lt;': '<', '&gt;': '>' };

function clip(s: string): string {
  const t = s.replace(/&(?:amp|quot|#0?39|lt|gt);/g, (e) => ESCAPED_AGAIN[e]).replace(/\s+/g, ' ').trim();
  return t.length > MAX_TEXT * 4 ? t.slice(0, MAX_TEXT * 4) : t;
}
