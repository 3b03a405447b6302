/** Landing URLs as keys and their campaign parameters; which parameters track is lib/analyze's table. */
import { isTrackingParam } from '../analyze/tracking-params';

export { isTrackingParam };

/**
 * The URL as a key: host without `www.`, path without a trailing slash, other parameters sorted,
 * tracking parameters and the fragment dropped. Not a URL to open.
 */
export function withoutTracking(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.trim().toLowerCase();
  }
  const kept = [...u.searchParams].filter(([k]) => !isTrackingParam(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  return `${u.hostname.replace(/^www\./, '').toLowerCase()}${u.pathname.replace(/\/+$/, '')}${query}`;
}

/** The utm_ parameters of a URL (lower-case names), or null when it has none. */
export function utmOf(url: string | null | undefined): Record<string, string> | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const out: Record<string, string> = {};
  for (const [k, v] of u.searchParams) if (k.toLowerCase().startsWith('utm_') && v) out[k.toLowerCase()] = v;
  return Object.keys(out).length ? out : null;
}
