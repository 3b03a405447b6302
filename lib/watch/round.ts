/**
 * One round of checks over many watches: origins in parallel (a few at a time), each origin's
 * pages one after another with a jittered pause between them, longer after a 429, a 5xx or a
 * network error, and the origin's remaining pages left for the next round once it keeps
 * throttling. Each result is handed to `record` as soon as it is known (a service worker may stop
 * mid-round; what was checked is kept). Pure given its dependencies, so it runs in Node too.
 */
import { checkPage, type CheckDeps, type CheckResult, type CheckTarget } from './check';
import { OriginLocks } from './origin-lock';
import { ORIGIN_GIVE_UP_AFTER, originPauseMs } from './schedule';
import { THROTTLING } from './response';
import type { WatchChange } from './types';

export interface RoundItem {
  id: number;
  url: string;
  origin: string;
}

export interface RoundDeps extends CheckDeps {
  /** The watch's baseline and clip, loaded when its turn comes (not all at once). */
  load(item: RoundItem): Promise<CheckTarget>;
  record(item: RoundItem, result: CheckResult, at: number): Promise<void>;
  locks?: OriginLocks;
  sleep?(ms: number): Promise<void>;
  random?(): number;
  /** Origins checked at the same time. */
  concurrency?: number;
  /** Base pause between two requests to one origin. */
  gapMs?: number;
}

export interface ReportedChange extends WatchChange {
  watchId: number;
  url: string;
}

export interface RoundSummary {
  checked: number;
  changed: number;
  failed: number;
  changes: ReportedChange[];
}

export const DEFAULT_CONCURRENCY = 4;

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runRound(items: readonly RoundItem[], deps: RoundDeps): Promise<RoundSummary> {
  const summary: RoundSummary = { checked: 0, changed: 0, failed: 0, changes: [] };
  const byOrigin = new Map<string, RoundItem[]>();
  for (const item of items) byOrigin.set(item.origin, [...(byOrigin.get(item.origin) ?? []), item]);
  const queue = [...byOrigin.values()];
  const locks = deps.locks ?? new OriginLocks();
  const sleep = deps.sleep ?? wait;
  const random = deps.random ?? Math.random;

  const tally = (item: RoundItem, result: CheckResult) => {
    summary.checked++;
    if (result.outcome === 'failed') summary.failed++;
    if (result.outcome === 'changed') {
      summary.changed++;
      for (const c of result.changes) summary.changes.push({ watchId: item.id, url: item.url, ...c });
    }
  };

  const runOrigin = async (pages: RoundItem[]) => {
    let throttled = 0;
    for (const [i, item] of pages.entries()) {
      if (throttled >= ORIGIN_GIVE_UP_AFTER) {
        // The site asked us to slow down: its other pages wait (backed off) rather than being fetched now.
        const result: CheckResult = { outcome: 'failed', reason: 'rate-limited' };
        await deps.record(item, result, deps.now());
        tally(item, result);
        continue;
      }
      if (i > 0) await sleep(originPauseMs(throttled, random, deps.gapMs));
      const result = await locks.run(item.origin, async () => checkPage(await deps.load(item), deps)).catch((): CheckResult => ({ outcome: 'failed', reason: 'network' }));
      if (result.outcome === 'failed' && THROTTLING.has(result.reason)) throttled++;
      await deps.record(item, result, deps.now());
      tally(item, result);
    }
  };

  const workers = Array.from({ length: Math.min(deps.concurrency ?? DEFAULT_CONCURRENCY, queue.length) }, async () => {
    for (let pages = queue.shift(); pages; pages = queue.shift()) await runOrigin(pages);
  });
  await Promise.all(workers);
  return summary;
}
