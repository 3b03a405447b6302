/**
 * A shop's home page shows many products; none of their prices is "the" price. A home page is
 * the site's root, or its root in one language ("/en/", "/th-th", "/index.php"), with no query
 * but tracking, language, currency or session parameters.
 */
import { isTrackingParam } from '../../tracking-params';

/** Path segments that only pick a language or region: "en", "en-us", "zh_TW", "ar-ae". */
const LOCALE_SEGMENT = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i;
/** Files a server answers the root with. */
const ROOT_FILE = /^(?:index|default|home)(?:\.[a-z]{2,5})?$/i;
/** Parameters that pick how the same page is shown, not what it shows. */
const PRESENTATION_PARAMS = new Set(['lang', 'language', 'locale', 'hl', 'currency', 'cur', 'country', 'region', 'sid', 'sessionid', 'phpsessid', 'jsessionid', 'osCsid', 'zenid'].map((p) => p.toLowerCase()));

export function isHomePage(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (![...u.searchParams.keys()].every((k) => isTrackingParam(k) || PRESENTATION_PARAMS.has(k.toLowerCase()))) return false;
  const segments = u.pathname.split(/[/;]/).filter(Boolean);
  if (segments.length > 2) return false;
  const [first, second] = segments;
  if (!first) return true;
  if (!second) return LOCALE_SEGMENT.test(first) || ROOT_FILE.test(first);
  return LOCALE_SEGMENT.test(first) && ROOT_FILE.test(second);
}
