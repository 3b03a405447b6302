/**
 * Ad-click and outbound redirect wrappers, and where each keeps the real target. Search engines,
 * ad libraries and click trackers wrap the advertiser's URL (`google.com/aclk?…&adurl=`,
 * `bing.com/aclick` or `/aclk?…&u=<base64>`, `l.facebook.com/l.php?u=`); an ad's landing URL is the
 * advertiser's URL inside, never the wrapper. Data, not code: a new wrapper is one row.
 */
import { registrableDomain } from '../domain';
import { safeDecodeURIComponent } from '../../text/decode-uri';

export interface Wrapper {
  /** Registrable domain of the wrapper's host (matched with tldts, so every ccTLD counts). */
  domain: RegExp;
  /** Path of the wrapper (the same host serves normal pages too). */
  path: RegExp;
  /** The wrapper's own subdomain, where the rest of the site serves normal pages on that path. */
  host?: RegExp;
  /** Query parameters that hold the target, tried in order. */
  params: string[];
  /** A path segment that holds the target, URL-encoded (Yahoo: `/RU=<target>/RK=…`). */
  inPath?: RegExp;
  /** How the target is written: plain (URL-encoded) or Bing's base64. */
  encoding?: 'plain' | 'bing-base64';
  /** True for paid clicks (the link is an ad), false for plain outbound redirects. */
  paid: boolean;
}

export const WRAPPERS: readonly Wrapper[] = [
  { domain: /^googleadservices\.com$/, path: /^\/pagead\/aclk/, params: ['adurl'], paid: true },
  { domain: /^google\.[a-z.]+$/, path: /^\/(aclk|pagead\/aclk)$/, params: ['adurl'], paid: true },
  { domain: /^google\.[a-z.]+$/, path: /^\/url$/, params: ['q', 'url'], paid: false },
  { domain: /^doubleclick\.net$/, path: /\/(clk|aclk|pcs\/click)/, params: ['adurl', 'ds_dest_url'], paid: true },
  { domain: /^dartsearch\.net$/, path: /\/link\/click/, params: ['ds_dest_url'], paid: true },
  { domain: /^bing\.com$/, path: /^\/(aclick|aclk)$/, params: ['u'], encoding: 'bing-base64', paid: true },
  { domain: /^bing\.com$/, path: /^\/ck\/a$/, params: ['u'], encoding: 'bing-base64', paid: false },
  { domain: /^duckduckgo\.com$/, path: /^\/y\.js$/, params: ['u3', 'u'], paid: true },
  { domain: /^duckduckgo\.com$/, path: /^\/l\/?$/, params: ['uddg'], paid: false },
  { domain: /^facebook\.com$/, path: /^\/l\.php$/, params: ['u'], paid: false },
  { domain: /^instagram\.com$/, host: /^l\./, path: /^\/?$/, params: ['u'], paid: false },
  { domain: /^threads\.(net|com)$/, host: /^l\./, path: /^\/?$/, params: ['u'], paid: false },
  { domain: /^youtube\.com$/, path: /^\/redirect$/, params: ['q'], paid: false },
  { domain: /^tiktok\.com$/, path: /^\/link\/v2$/, params: ['target'], paid: false },
  { domain: /^linkedin\.com$/, path: /^\/redir\/redirect$/, params: ['url'], paid: false },
  { domain: /^yahoo\.(com|co\.jp|[a-z.]+)$/, host: /^r\.search\.|^rds?\./, path: /\/RU=/, params: [], inPath: /\/RU=([^/]+)\//, paid: false },
  { domain: /^yahoo\.(com|co\.jp|[a-z.]+)$/, path: /^\/(cbclk2?|aclick)\b/, params: ['u', 'url'], inPath: /\/RU=([^/]+)\//, paid: true },
  // Baidu's tokens are opaque: the target is not in the URL (organic `link?url=`, paid `baidu.php`).
  { domain: /^baidu\.com$/, path: /^\/link$/, params: [], paid: false },
  { domain: /^baidu\.com$/, path: /^\/(baidu\.php|adrc\.php)$/, params: [], paid: true },
  { domain: /^naver\.com$/, path: /^\/(adcr|v1\/|.*click)/, params: ['u', 'url'], paid: true },
  { domain: /^coccoc\.com$/, path: /(click|\/r\/?$|redirect)/, params: ['u', 'url', 'r'], paid: true },
  { domain: /^yandex\.[a-z.]+$/, path: /^\/(count|clck)\//, params: ['url', 'u'], paid: true },
  // Click trackers advertisers put between the engine and their shop (Sizmek, Adobe).
  { domain: /^serving-sys\.com$/, path: /\/AdServer/i, params: ['ccsurl', 'ccsdurl'], paid: false },
  { domain: /^everesttech\.net$/, path: /\/cq$/, params: ['url'], paid: false },
];

/** Hosts that never are an advertiser's landing page: an unwrapped URL left on one is unknown. */
const ENGINE_DOMAINS = /^(google\.[a-z.]+|googleadservices\.com|doubleclick\.net|bing\.com|duckduckgo\.com|yandex\.[a-z.]+|naver\.com|coccoc\.com|yahoo\.[a-z.]+|baidu\.com)$/;

const MAX_HOPS = 5;

function parse(url: string, base?: string): URL | null {
  try {
    const u = new URL(url.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function domainOf(u: URL): string {
  return registrableDomain(u.href) ?? u.hostname;
}

/** The wrapper this URL is, if any. */
export function wrapperOf(url: string, base?: string): Wrapper | null {
  const u = parse(url, base);
  if (!u) return null;
  const domain = domainOf(u);
  return WRAPPERS.find((w) => w.domain.test(domain) && w.path.test(u.pathname) && (!w.host || w.host.test(u.hostname))) ?? null;
}

/** True when the link is a paid click (an ad) by its URL alone. */
export function isPaidClickUrl(url: string | null | undefined, base?: string): boolean {
  return !!url && !!wrapperOf(url, base)?.paid;
}

/**
 * Bing writes the target as `a1` + base64url of the URL (sometimes URL-encoded first, sometimes
 * without its scheme).
 */
export function decodeBingTarget(raw: string): string | null {
  // The `a1` prefix is optional: try without it, then the whole value as base64.
  return decodeBase64Target(raw.replace(/^a1/, '')) ?? (raw.startsWith('a1') ? decodeBase64Target(raw) : null);
}

function decodeBase64Target(raw: string): string | null {
  const b64 = raw.replace(/-/g, '+').replace(/_/g, '/');
  let text: string;
  try {
    // atob, not Buffer: this runs in the extension's service worker as well as in Node.
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    text = new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
  if (/%3a|%2f/i.test(text)) text = safeDecodeURIComponent(text);
  if (!/^https?:\/\//i.test(text) && /^[\w-]+(\.[\w-]+)+([/?#]|$)/.test(text)) text = `https://${text}`;
  return /^https?:\/\/[^/\s]+\.[^/\s]+/i.test(text) ? text : null;
}

/** A target as written: a full URL, or (TikTok) a bare `host/path` that means https. */
function withScheme(value: string): string | null {
  if (parse(value)) return value;
  return /^[\w-]+(\.[\w-]+)+([/?#]|$)/.test(value) ? `https://${value}` : null;
}


/** Ad servers that keep the target between `$$…$$` (Sizmek) or after the query mark (DCM). */
function embeddedUrl(value: string): string | null {
  const dollars = /\$\$(https?:\/\/.+?)\$\$/.exec(value);
  if (dollars) return dollars[1];
  const m = /^(https?:\/\/\S+)$/i.exec(value.trim());
  return m ? m[1] : null;
}

/** One step: the target inside a wrapper, or the URL itself when it wraps nothing. */
export function unwrapOnce(url: string, base?: string): { url: string | null; wrapped: boolean } {
  const u = parse(url, base);
  if (!u) return { url: null, wrapped: false };
  const w = wrapperOf(u.href);
  if (!w) return { url: u.href, wrapped: false };
  const inPath = w.inPath?.exec(u.pathname)?.[1];
  const fromPath = inPath ? withScheme(safeDecodeURIComponent(inPath)) : null;
  if (fromPath) return { url: parse(fromPath)?.href ?? null, wrapped: true };
  for (const name of w.params) {
    const value = u.searchParams.get(name);
    if (!value) continue;
    const target = w.encoding === 'bing-base64' && !/^https?:/i.test(value) ? decodeBingTarget(value) : embeddedUrl(value) ?? withScheme(value);
    if (target) return { url: parse(target)?.href ?? null, wrapped: true };
  }
  // Sizmek / DCM keep the target inside the whole query string rather than one parameter.
  const inQuery = embeddedUrl(safeDecodeURIComponent(u.search.replace(/^\?/, '')));
  return { url: inQuery ? parse(inQuery)?.href ?? null : null, wrapped: true };
}

/**
 * The URL behind a link once every wrapper is decoded (an ad click often goes engine → tracker
 * → shop). Null when a wrapper in the chain cannot be decoded.
 */
export function unwrapUrl(href: string | null | undefined, base?: string): string | null {
  if (!href) return null;
  let current: string | null = parse(href, base)?.href ?? null;
  for (let hop = 0; current && hop < MAX_HOPS; hop++) {
    const step = unwrapOnce(current);
    if (!step.wrapped) break;
    current = step.url;
  }
  return current;
}

/**
 * The advertiser's URL behind an ad link: wrappers decoded, and null when the chain ends on an
 * engine (an ad's landing page is never the engine's own).
 */
export function landingUrl(href: string | null | undefined, base?: string): string | null {
  const url = unwrapUrl(href, base);
  const u = url ? parse(url) : null;
  return u && !ENGINE_DOMAINS.test(domainOf(u)) ? u.href : null;
}

/** True when the URL is an engine's own page or one of its click redirects, never an advertiser's. */
export function isEngineUrl(url: string, base?: string): boolean {
  const u = parse(url, base);
  return !u || ENGINE_DOMAINS.test(domainOf(u)) || !!wrapperOf(u.href);
}

/** A hint of the advertiser's domain a wrapper carries without the URL (DuckDuckGo's ad_domain). */
export function adDomainHint(href: string | null | undefined, base?: string): string | null {
  const u = href ? parse(href, base) : null;
  const v = u?.searchParams.get('ad_domain');
  return v && /^[\w.-]+\.[a-z]{2,}$/i.test(v) ? v.toLowerCase() : null;
}

/** Attributes engines keep a link's real target in, besides its href (Naver's click handler, data-url). */
const HANDLER_ATTRS = /^(on(click|mousedown|touchstart)|data-(url|href|landurl|landing-url|lnk|cr-url|target-url|rurl|weburl|ohref)|cru)$/i;
const URL_IN_TEXT = /https?(?::|%3A)(?:\/\/|%2F%2F)[^\s'"<>()\\]+/gi;

/**
 * Advertiser URLs a link carries outside its href: in its click handler
 * (`onclick="…urlencode('https://shop.example/')…"`) or a data attribute. Engine URLs are left out;
 * the rest are candidates for the landing URL, in attribute order.
 */
export function urlsInHandlers(attribs: Record<string, string> | undefined): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(attribs ?? {})) {
    if (!HANDLER_ATTRS.test(name)) continue;
    for (const m of value.matchAll(URL_IN_TEXT)) {
      const raw = /%3A/i.test(m[0].slice(0, 8)) ? safeDecodeURIComponent(m[0]) : m[0];
      const url = landingUrl(raw.replace(/&amp;/g, '&'));
      if (url && !out.includes(url)) out.push(url);
    }
  }
  return out;
}
