/**
 * When a watch is next due: its period with a little jitter (so 200 watches made at once do not
 * all fire in the same minute), pushed back exponentially while its checks keep failing.
 * Pure: the caller passes the clock and the random source.
 */
import type { Every } from './types';

const HOUR = 3_600_000;
export const PERIOD_MS: Readonly<Record<Every, number>> = { hour: HOUR, '6h': 6 * HOUR, day: 24 * HOUR, week: 7 * 24 * HOUR };

/** Jitter: up to this share of the period, either way. */
export const JITTER_SHARE = 0.05;
/** Consecutive failed checks after which a watch shows "failing". */
export const FAILING_AFTER = 3;
/** Back-off never waits longer than this between checks of a failing watch. */
export const MAX_BACKOFF_MS = 7 * 24 * HOUR;

/** Next check time (ms since epoch) after a check at `at`; `failures` consecutive failures so far. */
export function nextCheckAt(at: number, every: Every, failures: number, random: () => number = Math.random, retryAfterMs = 0): number {
  const period = PERIOD_MS[every];
  const backoff = failures > 0 ? Math.min(MAX_BACKOFF_MS, period * 2 ** Math.min(failures - 1, 10)) : period;
  const jitter = (random() * 2 - 1) * JITTER_SHARE * period;
  return Math.round(at + Math.max(backoff + jitter, retryAfterMs));
}

export function isDue(nextAt: number | null | undefined, now: number): boolean {
  return nextAt == null || nextAt <= now;
}

/** Politeness inside one round: the pause before the next request to the same origin. */
export const ORIGIN_GAP_MS = 400;
/** After a 429 / 5xx / network error on an origin, the pause before its next request this round. */
export function originPauseMs(errorsOnOrigin: number, random: () => number = Math.random, base = ORIGIN_GAP_MS): number {
  const factor = errorsOnOrigin > 0 ? 2 ** Math.min(errorsOnOrigin, 6) : 1;
  return Math.round(base * factor * (0.75 + random() * 0.5));
}

/** After this many throttling answers from one origin in a round, its remaining checks wait for the next round. */
export const ORIGIN_GIVE_UP_AFTER = 2;

/** A `Retry-After` header (seconds or an HTTP date) in ms from `now`, or 0. */
export function retryAfterMs(header: string | null | undefined, now: number): number {
  if (!header) return 0;
  const s = Number(header.trim());
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const t = Date.parse(header);
  return Number.isFinite(t) ? Math.max(0, t - now) : 0;
}
