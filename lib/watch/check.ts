/**
 * One check of one watched page: fetch it (no cookies), read it with the same analyzer as a
 * clip, compare it with the page's fetched baseline, and confirm any change with a second fetch
 * made at once. Pure given its `fetchPage` and `analyze`; storing the result is the caller's.
 */
import type { CaptureInput, Observation } from '../analyze/types';
import { compareObservations, confirmedChanges } from './compare';
import { fetchedCoverage } from './coverage';
import { failureOf, type FetchedPage } from './response';
import type { FailReason, WatchChange } from './types';

export interface CheckTarget {
  id: number;
  url: string;
  /** The fetched observation changes are measured from; null until the first fetched check. */
  baseline: Observation | null;
  /** The rendered clip the watch started from, if any: only to judge whether a fetch sees enough. */
  clip: Observation | null;
}

export type CheckResult =
  | { outcome: 'failed'; reason: FailReason; retryAfterMs?: number }
  | { outcome: 'baseline'; observation: Observation; needsRendered: boolean }
  | { outcome: 'unchanged' }
  /** The first fetch differed, the confirming one did not agree: an A/B variant or a blip. */
  | { outcome: 'unconfirmed' }
  | { outcome: 'changed'; observation: Observation; changes: WatchChange[] };

/** Thrown by `fetchPage` when no answer came. */
export class FetchFailure extends Error {
  constructor(
    readonly reason: FailReason,
    readonly retryAfterMs = 0,
  ) {
    super(reason);
  }
}

export interface CheckDeps {
  fetchPage(url: string): Promise<FetchedPage & { retryAfterMs?: number }>;
  /** The clip's analyzer; in the extension it runs off the service worker's thread, within a time limit. */
  analyze(input: CaptureInput): Observation | Promise<Observation>;
  now(): number;
}

type Read = { ok: true; observation: Observation } | { ok: false; reason: FailReason; retryAfterMs?: number };

async function read(url: string, deps: CheckDeps): Promise<Read> {
  let page: FetchedPage & { retryAfterMs?: number };
  try {
    page = await deps.fetchPage(url);
  } catch (e) {
    return e instanceof FetchFailure ? { ok: false, reason: e.reason, retryAfterMs: e.retryAfterMs } : { ok: false, reason: 'network' };
  }
  const reason = failureOf(page);
  if (reason) return { ok: false, reason, retryAfterMs: page.retryAfterMs };
  try {
    // Read as the watched URL (a redirect to another path of the same page keeps its identity).
    const observation = await deps.analyze({ html: page.html, url, capturedAt: new Date(deps.now()).toISOString() });
    return { ok: true, observation };
  } catch {
    // A page the analyzer cannot finish in its time limit is a failed check, never a change.
    return { ok: false, reason: 'too-slow' };
  }
}

export async function checkPage(target: CheckTarget, deps: CheckDeps): Promise<CheckResult> {
  const first = await read(target.url, deps);
  if (!first.ok) return { outcome: 'failed', reason: first.reason, ...(first.retryAfterMs ? { retryAfterMs: first.retryAfterMs } : {}) };
  if (!target.baseline) {
    const needsRendered = target.clip ? fetchedCoverage(target.clip, first.observation).needsRendered : false;
    return { outcome: 'baseline', observation: first.observation, needsRendered };
  }
  const changes = compareObservations(target.baseline, first.observation);
  if (!changes.length) return { outcome: 'unchanged' };
  const second = await read(target.url, deps);
  if (!second.ok) return { outcome: 'unconfirmed' };
  const confirmed = confirmedChanges(changes, compareObservations(target.baseline, second.observation));
  return confirmed.length ? { outcome: 'changed', observation: second.observation, changes: confirmed } : { outcome: 'unconfirmed' };
}
