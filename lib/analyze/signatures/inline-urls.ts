/**
 * URLs written inside inline script text and inline JSON config. Shopify's app loader
 * (`asyncLoad`), web-pixel settings and many tag loaders keep the vendor's script URL in a
 * JSON string, where slashes are escaped (`https:\/\/static.klaviyo.com\/onsite\/js\/…` or
 * `\u002F`), so no script-src pattern ever sees it. This finds them and un-escapes them so the
 * script-URL patterns can be tested on each one.
 */

/** A URL start (absolute or protocol-relative, slashes plain or JSON-escaped) and its run of URL characters. */
const URL_CANDIDATE = /(?:https?:)?(?:\\?\/|\\u002f){2}[a-z0-9][^\s"'`<>()[\]{},;]*/gi;

/** What a real URL looks like once un-escaped: a dotted host name after the `//`. */
const HAS_HOST = /^(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/i;

/** JSON escapes inside a URL: `\/` and `\uXXXX` (`\u002F`, `\u0026`). */
const ESCAPE = /\\(?:u([0-9a-f]{4})|(\/))/gi;

/** A hostile script of nothing but URLs must stay cheap; real pages have a few hundred. */
export const MAX_URLS_PER_TEXT = 2000;

const MAX_URL_LENGTH = 2048;

/** Every URL in `text`, un-escaped, in order of appearance (duplicates kept out). */
export function extractInlineUrls(text: string): string[] {
  return inlineUrlsAt(text).map((u) => u.url);
}

/** The same URLs with where each first appears in `text`. */
export function inlineUrlsAt(text: string): { url: string; index: number }[] {
  const seen = new Set<string>();
  const out: { url: string; index: number }[] = [];
  URL_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_CANDIDATE.exec(text)) && seen.size < MAX_URLS_PER_TEXT) {
    const url = unescapeUrl(m[0].slice(0, MAX_URL_LENGTH));
    if (!HAS_HOST.test(url) || seen.has(url)) continue;
    seen.add(url);
    out.push({ url, index: m.index });
  }
  return out;
}

/** `https:\/\/a.com\/x?b=1\u0026c=2` → `https://a.com/x?b=1&c=2`; a stray backslash ends the URL. */
export function unescapeUrl(raw: string): string {
  const url = raw.includes('\\') ? raw.replace(ESCAPE, (_all, hex: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : '/')) : raw;
  const stray = url.indexOf('\\');
  return stray < 0 ? url : url.slice(0, stray);
}
