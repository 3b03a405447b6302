/**
 * Does the page's fetched HTML carry what the rendered clip saw? A page built by scripts sends
 * an almost empty shell; comparing its fetch with the clip would report everything as removed.
 * Instead the watch is marked as needing a rendered check. Pure.
 */
import type { Observation } from '../analyze/types';

/** Share of the rendered clip's readings the fetch must also have. */
export const MIN_FETCHED_SHARE = 0.5;
/** Below this many readings the clip says too little to judge the fetch by. */
export const MIN_RENDERED_READINGS = 3;

/** The readings of an observation that a fetch of the same page should reproduce. */
export function readingsOf(o: Observation): Set<string> {
  const out = new Set<string>();
  if (o.offers.length) out.add('offer');
  if (o.messaging?.headline) out.add('headline');
  if (o.emailCapture?.present) out.add('email-capture');
  for (const s of o.socialProfiles) out.add(`social:${s.platform}`);
  for (const t of o.technologies) out.add(`tech:${t.id}`);
  for (const type of o.structuredData?.types ?? []) out.add(`type:${type}`);
  return out;
}

export interface Coverage {
  /** Share (0..1) of the rendered readings the fetch also has. */
  share: number;
  rendered: number;
  needsRendered: boolean;
}

export function fetchedCoverage(rendered: Observation, fetched: Observation): Coverage {
  const want = readingsOf(rendered);
  const got = readingsOf(fetched);
  let found = 0;
  for (const r of want) if (got.has(r)) found++;
  const share = want.size ? found / want.size : 1;
  return { share, rendered: want.size, needsRendered: want.size >= MIN_RENDERED_READINGS && share < MIN_FETCHED_SHARE };
}
