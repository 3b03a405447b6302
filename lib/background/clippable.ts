/**
 * Which tabs can be clipped at all, decided from the URL before anything is injected. Data:
 * the browser refuses extensions on its own pages and on the extension stores.
 */
import type { ClipErrorCode } from './errors';

/** Schemes of web pages; everything else (chrome:, about:, edge:, chrome-extension:, view-source:…) is the browser's. */
const WEB_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** Extension store pages: no extension may script them. `host` and optional path prefix. */
const STORE_PAGES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'addons.opera.com' },
];

const PDF_PATH = /\.pdf$/i;

/**
 * Why this URL cannot be clipped, or null when it can be tried. An unknown URL (the browser
 * hides it without host access) is tried: the injection's error then says why.
 */
export function refusalFor(url: string | undefined): ClipErrorCode | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (!WEB_SCHEMES.has(u.protocol)) return 'browser-page';
  if (STORE_PAGES.some((s) => u.hostname === s.host && (!s.path || u.pathname.startsWith(s.path)))) return 'store-page';
  if (PDF_PATH.test(u.pathname)) return 'pdf';
  return null;
}

