/**
 * A shop's or marketplace's search results page lists many products; none of their prices is
 * "the" price, whatever product markup the page carries. Recognised from the address, as data:
 * the path segments and query keys shops and marketplaces use for a search.
 */
import { safeDecodeURIComponent } from '../../../text/decode-uri';
import { SEARCH_PATH_WORDS } from '../../../text/search-words';

/** Query keys that only ever carry searched words (`q` does not: shops put tracking codes in it). */
const SEARCH_KEYS: readonly string[] = ['query', 'search', 'searchterm', 'search_query', 'keyword', 'keywords', '_nkw'];
/** Short keys that mean a search only on a given path: Amazon's `/s?k=`, Lazada's `/catalog/?q=`, a root `/?q=`. */
const SEARCH_PATH_KEYS: readonly [string, string][] = [['/s', 'k'], ['/', 'q'], ['/', 's'], ['/s', 'field-keywords'], ['/catalog', 'q'], ['/catalog', 'keyword']];

const SEGMENTS = new Set(SEARCH_PATH_WORDS);
const KEYS = new Set(SEARCH_KEYS);

/** True when the address is a search: a search path segment, or a search key with words in it. */
export function isSearchPage(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const segments = u.pathname.toLowerCase().split('/').map(safeDecodeURIComponent).filter(Boolean);
  if (segments.some((s) => SEGMENTS.has(s))) return true;
  for (const [key, value] of u.searchParams) if (KEYS.has(key.toLowerCase()) && value.trim()) return true;
  const path = u.pathname.toLowerCase().replace(/\/+$/, '') || '/';
  return SEARCH_PATH_KEYS.some(([p, key]) => p === path && (u.searchParams.get(key) ?? '').trim() !== '');
}
