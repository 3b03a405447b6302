/**
 * Query parameters that only say where a visit came from: a landing page with them is the same
 * page without them. Click ids come from the channel taxonomy, so a new one is added in one place.
 */
import { CLICK_ID_CHANNEL } from '../analyze/channels/taxonomy';

/** Parameters that track but name no click id of a channel. */
const OTHER_TRACKING = ['_ga', '_gl', 'gad_source', 'gclsrc', 'mkt_tok', 'igshid', 'si', 'ref', 'ref_src'];

const TRACKING = new Set([...Object.keys(CLICK_ID_CHANNEL), ...OTHER_TRACKING].map((k) => k.toLowerCase()));

export function isTrackingParam(name: string): boolean {
  const k = name.toLowerCase();
  return k.startsWith('utm_') || k.startsWith('mc_') || TRACKING.has(k);
}

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
