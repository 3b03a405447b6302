/**
 * A watch's state after a check: consecutive failures, what it shows, when it is next due. Pure.
 */
import { FAILING_AFTER, nextCheckAt } from './schedule';
import type { CheckOutcome, Every, WatchState } from './types';

export interface WatchStatus {
  every: Every;
  paused: boolean;
  revoked: boolean;
  failures: number;
}

export function watchState(w: WatchStatus): WatchState {
  if (w.revoked) return 'revoked';
  if (w.paused) return 'paused';
  return w.failures >= FAILING_AFTER ? 'failing' : 'watching';
}

export interface AfterCheck {
  failures: number;
  nextAt: number;
  state: WatchState;
}

export function afterCheck(w: WatchStatus, outcome: CheckOutcome, at: number, random: () => number = Math.random, retryAfterMs = 0): AfterCheck {
  const failures = outcome === 'failed' ? w.failures + 1 : 0;
  return { failures, nextAt: nextCheckAt(at, w.every, failures, random, retryAfterMs), state: watchState({ ...w, failures }) };
}

