/**
 * A watched page fetched as a visitor without a session sees it: no cookies, redirects followed,
 * no cache, a time limit and a size limit. No answer at all throws a FetchFailure.
 */
import { FetchFailure } from '../watch/check';
import { decodeHtml } from '../watch/charset';
import type { FetchedPage } from '../watch/response';
import { retryAfterMs } from '../watch/schedule';

export const FETCH_TIMEOUT_MS = 20_000;
/** Same bound as a clip's capture. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export async function fetchPage(url: string, fetcher: typeof fetch = fetch): Promise<FetchedPage & { retryAfterMs: number }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
  try {
    const res = await fetcher(url, { credentials: 'omit', redirect: 'follow', cache: 'no-store', signal: abort.signal, headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' } });
    if (Number(res.headers.get('content-length')) > MAX_PAGE_BYTES) throw new FetchFailure('too-large');
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > MAX_PAGE_BYTES) throw new FetchFailure('too-large');
    const contentType = res.headers.get('content-type');
    return { url, finalUrl: res.url || url, status: res.status, contentType, html: decodeHtml(bytes, contentType), retryAfterMs: retryAfterMs(res.headers.get('retry-after'), Date.now()) };
  } catch (e) {
    if (e instanceof FetchFailure) throw e;
    throw new FetchFailure(abort.signal.aborted ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
}
