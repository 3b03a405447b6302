/**
 * The one typed value a capture keeps: the query in the search box of a search results page.
 * A results page shows its query in its box (the analyzer reads it there first: a page reached
 * by paging or a refinement keeps an older query in its URL), and that query is already in the
 * page's own address, so keeping it tells nothing the clip did not. Every other typed value is
 * cleared (sanitize-rules.ts). Pure decisions over attributes and the page URL, tested in Node.
 *
 * The box must be all of: a text or search input, or a textarea (Google's box since 2023), named
 * like a query (`q`, Yahoo's `p`, Yandex's `text`, Baidu's `wd`…), inside a search form (`role="search"` or an action that is a search
 * path), on a page whose address is a search (a search path, or the box's own name as a query
 * parameter with a value).
 */
import { safeDecodeURIComponent } from '../text/decode-uri';
import { SEARCH_PATH_WORDS } from '../text/search-words';

/** Names search engines and shops give their query box. */
export const SEARCH_BOX_NAMES: readonly string[] = ['q', 'query', 'p', 'text', 'wd', 'word', 'search_query', 'k', 'keyword', 'keywords', 'search', 'searchterm', 'field-keywords', '_nkw'];

/** Engines' own results paths on top of the shared words: Baidu's `/s`, Yandex's `/yandsearch`, Naver's `/search.naver`, basic-HTML `/html`. */
const ENGINE_SEARCH_PATHS: readonly string[] = ['s', 'web', 'results', 'yandsearch', 'html', 'search.naver'];

/** Path segments of a search form's action or a results page. */
const SEARCH_PATH_SEGMENTS: readonly string[] = [...SEARCH_PATH_WORDS, ...ENGINE_SEARCH_PATHS];

const NAMES = new Set(SEARCH_BOX_NAMES);
const SEGMENTS = new Set(SEARCH_PATH_SEGMENTS);
const TEXT_TYPES = new Set(['text', 'search', '']);

export interface SearchBoxAttrs {
  tag: string;
  type?: string | null;
  name?: string | null;
}

export interface SearchFormAttrs {
  role?: string | null;
  action?: string | null;
  /** The form's id, class and name: `id="search_form"`, `class="search-form"`. */
  marker?: string | null;
}

/** A form that names itself a search: `search_form`, `searchForm`, `sb_form` (Bing), `search-box`. */
const SEARCH_MARKER = /search|(?:^|[\s_-])sb_form(?:$|[\s_-])/i;

/** True when the box's value may stay in the capture (see above); `pageUrl` is the clipped page's address. */
export function keepsSearchQuery(box: SearchBoxAttrs, form: SearchFormAttrs | null, pageUrl: string | null | undefined): boolean {
  const name = (box.name ?? '').trim().toLowerCase();
  const tag = box.tag.toLowerCase();
  const textBox = tag === 'textarea' || (tag === 'input' && TEXT_TYPES.has((box.type ?? '').trim().toLowerCase()));
  if (!textBox || !NAMES.has(name)) return false;
  if (!form || !pageUrl) return false;
  const page = parse(pageUrl);
  if (!page) return false;
  const searchForm = (form.role ?? '').toLowerCase() === 'search' || SEARCH_MARKER.test(form.marker ?? '') || isSearchPath(parse(form.action ?? '', page)?.pathname ?? '');
  const searchPage = isSearchPath(page.pathname) || (page.searchParams.get(name) ?? page.searchParams.get(box.name ?? '') ?? '').trim() !== '';
  return searchForm && searchPage;
}

function isSearchPath(pathname: string): boolean {
  return pathname
    .toLowerCase()
    .split('/')
    .filter(Boolean)
    .some((seg) => SEGMENTS.has(safeDecodeURIComponent(seg)));
}

function parse(url: string, base?: URL): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}
