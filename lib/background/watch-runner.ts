/**
 * Runs watch checks in the service worker: the pure round (lib/watch/round.ts) with the browser's
 * fetch, the analyzer, the watch store, then alerts and the badge. One round at a time; a check
 * asked for meanwhile waits for it. Requests share one per-origin lock with new watches' first fetch.
 */
import type { WatchChangeRow } from '../store/watch-schema';
import { dueWatches, loadTarget, recordCheck } from '../store/watches';
import { OriginLocks } from '../watch/origin-lock';
import { runRound, type RoundItem, type RoundSummary } from '../watch/round';
import { analyseCapture } from './analysis';
import { refreshAccess } from './watch-access';
import { fetchPage } from './watch-fetch';
import { notifyChanges, updateWatchBadge } from './watch-notify';

const locks = new OriginLocks();
let last: Promise<unknown> = Promise.resolve();

/** Checks `items` now (a new watch's first fetch) or, without items, the watches due (all with `force`). */
export function runWatches(force: boolean, items?: RoundItem[]): Promise<RoundSummary> {
  const mine = last.catch(() => undefined).then(() => round(force, items));
  last = mine;
  return mine;
}

async function round(force: boolean, only?: RoundItem[]): Promise<RoundSummary> {
  // Access is checked at each run, not only when the browser says it changed (a missed event).
  const denied = new Set(await refreshAccess());
  const items = (only ?? (await dueWatches(Date.now(), force))).filter((i) => !denied.has(i.origin));
  const added: WatchChangeRow[] = [];
  const summary = await runRound(items, {
    fetchPage: (url) => fetchPage(url),
    // Off the service worker's thread and within the clip's time limit (lib/background/analysis.ts).
    analyze: async (input) => (await analyseCapture(input)).observation,
    now: Date.now,
    locks,
    load: (item) => loadTarget(item),
    record: async (item, result, at) => void added.push(...(await recordCheck(item, result, at))),
  });
  await notifyChanges(added);
  await updateWatchBadge();
  return summary;
}
