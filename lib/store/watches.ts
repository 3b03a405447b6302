/**
 * The watch store: adding, changing and removing watches, what a round checks, and recording
 * each check's result. A check with nothing new writes only its time and outcome; a baseline or
 * a confirmed change writes the fetched observation (linked to the one before) and, for a change,
 * its inbox rows, in one transaction with the watch's new state.
 */
import type { Observation } from '../analyze/types';
import { pageKey } from '../plan/changes';
import type { CheckResult, CheckTarget } from '../watch/check';
import { originOf } from '../watch/origin-lock';
import type { RoundItem } from '../watch/round';
import { afterCheck, watchState } from '../watch/state';
import type { DigestInput } from '../plan/digest';
import type { Every } from '../watch/types';
import { db, type ObservationRow, type RaceScoutDb } from './db';
import { matchKeys } from './match';
import { findOrCreateCompetitor } from './queries';
import { NOT_YET_CHECKED, type WatchChangeRow, type WatchCheckRow, type WatchRow } from './watch-schema';

/** Checks kept per watch: enough to show a history of outcomes, small enough to never matter. */
export const CHECKS_KEPT = 30;

/** The URL a watch is keyed by: the page without its fragment. */
export function watchUrl(url: string): string | null {
  if (!originOf(url)) return null;
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/** The latest rendered clip of the same page, if the user clipped it. */
async function latestClipOf(database: RaceScoutDb, url: string): Promise<ObservationRow | undefined> {
  const exact = await database.observations.where('url').equals(url).toArray();
  const pool = exact.length ? exact : await database.observations.where('url').startsWith(new URL(url).origin).toArray();
  const key = pageKey({ url, kind: 'page', profile: null } as unknown as Observation);
  return pool.filter((r) => pageKey(r.observation) === key).sort((a, b) => b.capturedAt.localeCompare(a.capturedAt))[0];
}

/** Watches `url` every `every` (an existing watch of it takes the new frequency and resumes). Returns its id. */
export async function addWatch(url: string, every: Every, now: Date = new Date(), database: RaceScoutDb = db): Promise<number> {
  const key = watchUrl(url);
  if (!key) throw new Error(`not a web page: ${url}`);
  const clip = await latestClipOf(database, key);
  return database.transaction('rw', database.watches, async () => {
    const existing = await database.watches.where('url').equals(key).first();
    if (existing) {
      await database.watches.update(existing.id, { every, paused: false, nextAt: Math.min(existing.nextAt, now.getTime()) });
      return existing.id;
    }
    const row: Omit<WatchRow, 'id'> = {
      url: key,
      origin: originOf(key)!,
      competitorId: clip?.competitorId ?? null,
      every,
      paused: false,
      revoked: false,
      createdAt: now.toISOString(),
      nextAt: now.getTime(),
      clipId: clip?.id ?? null,
      ...NOT_YET_CHECKED,
    };
    return database.watches.add(row as WatchRow);
  });
}

/** Removes a watch with everything it stored. */
export async function removeWatch(id: number, database: RaceScoutDb = db): Promise<boolean> {
  const { watches, watchChecks, watchObservations, watchChanges } = database;
  return database.transaction('rw', [watches, watchChecks, watchObservations, watchChanges], async () => {
    if (!(await watches.get(id))) return false;
    await Promise.all([watchChecks.where('watchId').equals(id).delete(), watchObservations.where('watchId').equals(id).delete(), watchChanges.where('watchId').equals(id).delete()]);
    await watches.delete(id);
    return true;
  });
}

export async function updateWatch(id: number, patch: { every?: Every; paused?: boolean }, database: RaceScoutDb = db): Promise<boolean> {
  return (await database.watches.update(id, patch)) > 0;
}

/** Watches a round checks now: every active one with `force`, else those due. */
export async function dueWatches(now: number, force: boolean, database: RaceScoutDb = db): Promise<RoundItem[]> {
  const rows = force ? await database.watches.toArray() : await database.watches.where('nextAt').belowOrEqual(now).toArray();
  return rows.filter((w) => !w.paused && !w.revoked).map((w) => ({ id: w.id, url: w.url, origin: w.origin }));
}

export async function loadTarget(item: RoundItem, database: RaceScoutDb = db): Promise<CheckTarget> {
  const w = await database.watches.get(item.id);
  const [baseline, clip] = await Promise.all([w?.baselineId ? database.watchObservations.get(w.baselineId) : undefined, w?.clipId ? database.observations.get(w.clipId) : undefined]);
  return { id: item.id, url: item.url, baseline: baseline?.observation ?? null, clip: clip?.observation ?? null };
}

/** Records one check's result; returns the inbox rows a confirmed change added (for alerts). */
export async function recordCheck(item: RoundItem, result: CheckResult, atMs: number, random: () => number = Math.random, database: RaceScoutDb = db): Promise<WatchChangeRow[]> {
  const at = new Date(atMs).toISOString();
  const { watches, watchChecks, watchObservations, watchChanges, competitors } = database;
  return database.transaction('rw', [watches, watchChecks, watchObservations, watchChanges, competitors], async () => {
    const w = await watches.get(item.id);
    if (!w) return []; // removed while it was being checked
    const next = afterCheck(w, result.outcome, atMs, random, result.outcome === 'failed' ? result.retryAfterMs : 0);
    const patch: Partial<WatchRow> = {
      failures: next.failures,
      nextAt: next.nextAt,
      lastCheckedAt: at,
      lastOutcome: result.outcome,
      lastReason: result.outcome === 'failed' ? result.reason : null,
    };
    let added: WatchChangeRow[] = [];
    if (result.outcome === 'baseline') {
      patch.baselineId = await watchObservations.add({ watchId: w.id, capturedAt: at, previousId: null, observation: result.observation } as never);
      patch.needsRendered = result.needsRendered;
      if (w.competitorId === null) patch.competitorId = await findOrCreateCompetitor(database, matchKeys(result.observation), at);
    } else if (result.outcome === 'changed') {
      const observationId = await watchObservations.add({ watchId: w.id, capturedAt: at, previousId: w.baselineId, observation: result.observation } as never);
      const rows = result.changes.map((c): Omit<WatchChangeRow, 'id'> => ({ watchId: w.id, competitorId: w.competitorId, url: w.url, at, ...c, observationId, previousId: w.baselineId, seen: 0 }));
      const ids = (await watchChanges.bulkAdd(rows as WatchChangeRow[], { allKeys: true })) as number[];
      added = rows.map((r, i) => ({ ...r, id: ids[i] }));
      patch.baselineId = observationId;
    }
    const changes = result.outcome === 'changed' ? result.changes.length : 0;
    await watchChecks.add({ watchId: w.id, at, outcome: result.outcome, reason: patch.lastReason ?? null, changes } as WatchCheckRow);
    await pruneChecks(database, w.id);
    await watches.update(w.id, patch);
    return added;
  });
}

async function pruneChecks(database: RaceScoutDb, watchId: number): Promise<void> {
  const keys = (await database.watchChecks.where('watchId').equals(watchId).primaryKeys()) as number[];
  if (keys.length > CHECKS_KEPT) await database.watchChecks.bulkDelete(keys.sort((a, b) => a - b).slice(0, keys.length - CHECKS_KEPT));
}

/** Access to these origins was removed (or given back): their watches pause (or resume) visibly. */
export async function setRevoked(origins: readonly string[], revoked: boolean, database: RaceScoutDb = db): Promise<number> {
  if (!origins.length) return 0;
  return database.watches.where('origin').anyOf([...origins]).modify({ revoked });
}

export async function unseenCount(database: RaceScoutDb = db): Promise<number> {
  return database.watchChanges.where('seen').equals(0).count();
}

/** Marks the given inbox rows (all unseen ones without ids) as seen; returns how many remain unseen. */
export async function markSeen(ids: readonly number[] | undefined, database: RaceScoutDb = db): Promise<number> {
  await database.transaction('rw', database.watchChanges, async () => {
    const rows = ids ? database.watchChanges.where('id').anyOf([...ids]) : database.watchChanges.where('seen').equals(0);
    await rows.modify({ seen: 1 });
  });
  return unseenCount(database);
}

/* ------------------------------------------------------------------ panel queries */

export interface WatchListItem extends WatchRow {
  competitorName: string | null;
}

export async function listWatches(database: RaceScoutDb = db): Promise<WatchListItem[]> {
  return database.transaction('r', database.watches, database.competitors, async () => {
    const [rows, competitors] = await Promise.all([database.watches.toArray(), database.competitors.toArray()]);
    const names = new Map(competitors.map((c) => [c.id, c.name]));
    return rows.map((w) => ({ ...w, competitorName: w.competitorId === null ? null : (names.get(w.competitorId) ?? null) }));
  });
}

/** The inbox, newest first, optionally for one competitor and one kind of change. */
export async function listChanges(filter: { competitorId?: number | null; field?: string | null; limit?: number } = {}, database: RaceScoutDb = db): Promise<WatchChangeRow[]> {
  const rows = await database.watchChanges.orderBy('at').reverse().toArray();
  return rows
    .filter((r) => (filter.competitorId == null || r.competitorId === filter.competitorId) && (!filter.field || r.field === filter.field))
    .slice(0, filter.limit ?? 500);
}

/** Inbox rows since `since` (ISO), for the weekly digest. */
export async function changesSince(since: string, database: RaceScoutDb = db): Promise<WatchChangeRow[]> {
  return database.watchChanges.where('at').aboveOrEqual(since).toArray();
}

export async function watchObservation(id: number, database: RaceScoutDb = db) {
  return database.watchObservations.get(id);
}

export async function watchByUrl(url: string, database: RaceScoutDb = db): Promise<WatchRow | null> {
  const key = watchUrl(url);
  return key ? ((await database.watches.where('url').equals(key).first()) ?? null) : null;
}

/** Competitor names by id, for the inbox's lines and filter. */
export async function competitorNames(database: RaceScoutDb = db): Promise<Map<number, string>> {
  return new Map((await database.competitors.toArray()).map((c) => [c.id, c.name]));
}

/** What the weekly digest of the exported plan needs, read in one transaction. */
export async function digestData(since: string, database: RaceScoutDb = db): Promise<DigestInput> {
  return database.transaction('r', database.watches, database.watchChanges, database.competitors, async () => {
    const [watches, changes, names] = await Promise.all([database.watches.toArray(), changesSince(since, database), competitorNames(database)]);
    return {
      since,
      watches: watches.map((w) => ({ url: w.url, failing: watchState(w) === 'failing', needsRendered: w.needsRendered })),
      changes: changes.map(({ field, subject, before, after, currency, url, at, competitorId }) => ({ field, subject, before, after, currency, url, at, competitorName: (competitorId !== null ? names.get(competitorId) : undefined) ?? new URL(url).hostname })),
    };
  });
}
