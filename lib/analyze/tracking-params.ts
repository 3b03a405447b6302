/**
 * Query parameters that only say where a visit came from: a page with them is the same page
 * without them. Click ids come from the channel taxonomy, so a new one is added in one place.
 */
import { CLICK_ID_CHANNEL } from './channels/taxonomy';

/** Parameters that track but name no click id of a channel. */
const OTHER_TRACKING = ['_ga', '_gl', 'gad_source', 'gclsrc', 'mkt_tok', 'igshid', 'si', 'ref', 'ref_src', 'source'];
const TRACKING_PREFIXES = ['utm_', 'mc_'];

const TRACKING = new Set([...Object.keys(CLICK_ID_CHANNEL), ...OTHER_TRACKING].map((k) => k.toLowerCase()));

export function isTrackingParam(name: string): boolean {
  const k = name.toLowerCase();
  return TRACKING_PREFIXES.some((p) => k.startsWith(p)) || TRACKING.has(k);
}
