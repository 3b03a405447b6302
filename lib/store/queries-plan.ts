/**
 * Named queries and actions the side panel and the plan need (beside the store's own
 * queries.ts). Components and lib/plan reach the database only through these functions; rows
 * are mapped onto lib/plan's narrow shapes here, in one place. Every function takes the
 * database as an optional last argument, so exports, tests and the benchmark can pass another.
 */
import { db, type CompetitorRow, type ObservationRow, type ProfileSnapshotRow, type CaptureRow, type RaceScoutDb } from './db';

/** How the store keys a social account (`platform:handle`), for views matching links to readings. */
export { profileKey } from './db';
import type { Id, PlanCompetitor, PlanData, PlanObservation, PlanSnapshot, PlanVenuePage } from '../plan/model';
import { readPlanSettings, type PlanSettings } from '../plan/settings';
import { diffObservations, findPrevious, type Change } from '../plan/changes';

export function toPlanCompetitor(r: CompetitorRow): PlanCompetitor {
  return { id: r.id, name: r.name, domains: r.domains, handles: r.handles, own: r.own, ...(r.aliases?.length && { aliases: r.aliases }) };
}

/** A competitor's clip; venue pages (no competitor) are mapped by toPlanVenuePage. */
export function toPlanObservation(r: ObservationRow): PlanObservation {
  return { id: r.id, competitorId: r.competitorId ?? 0, capturedAt: r.capturedAt, obs: r.observation };
}

export function toPlanVenuePage(r: ObservationRow): PlanVenuePage {
  return { id: r.id, venue: r.venue ?? 'publisher', venueDomain: r.venueDomain ?? r.domain, capturedAt: r.capturedAt, obs: r.observation };
}

const isVenuePage = (r: ObservationRow) => r.competitorId == null;

/** Readings without a follower count say nothing about a trend and are left out. */
export function toPlanSnapshots(rows: readonly ProfileSnapshotRow[]): PlanSnapshot[] {
  const out: PlanSnapshot[] = [];
  for (const r of rows) {
    if (r.followers === null) continue;
    out.push({ competitorId: r.competitorId, observationId: r.observationId, profileKey: r.profileKey, platform: r.platform, capturedAt: r.capturedAt, followers: r.followers });
  }
  return out;
}

export async function planData(database: RaceScoutDb = db): Promise<PlanData> {
  return database.transaction('r', database.competitors, database.observations, database.snapshots, async () => {
    const [competitors, observations, snapshots] = await Promise.all([database.competitors.toArray(), database.observations.toArray(), database.snapshots.toArray()]);
    return {
      competitors: competitors.map(toPlanCompetitor),
      observations: observations.filter((r) => !isVenuePage(r)).map(toPlanObservation),
      snapshots: toPlanSnapshots(snapshots),
      venuePages: observations.filter(isVenuePage).map(toPlanVenuePage),
    };
  });
}

export interface CompetitorSummary extends PlanCompetitor {
  clips: number;
  lastClip: string | null;
}

/**
 * The first view: competitors with their clip count and last clip time. Reads only the
 * [competitorId+capturedAt] index: a count and the last key per competitor, no observation rows.
 */
export async function competitorSummaries(database: RaceScoutDb = db): Promise<CompetitorSummary[]> {
  return database.transaction('r', database.competitors, database.observations, async () => {
    const competitors = (await database.competitors.toArray()).map(toPlanCompetitor);
    return Promise.all(
      competitors.map(async (c) => {
        // A fresh collection each: Dexie's last() narrows the collection it is called on.
        const range = () => database.observations.where('[competitorId+capturedAt]').between([c.id, ''], [c.id, '\uffff']);
        const [clips, last] = await Promise.all([range().count(), range().last()]);
        return { ...c, clips, lastClip: last?.capturedAt ?? null };
      }),
    );
  });
}

/** A competitor's clips, newest first. */
export async function competitorObservations(id: Id, database: RaceScoutDb = db): Promise<PlanObservation[]> {
  const rows = await database.observations.where('[competitorId+capturedAt]').between([id, ''], [id, '\uffff']).reverse().toArray();
  return rows.map(toPlanObservation);
}

/** The latest earlier clip of the same page by the same competitor, and what changed since. */
export async function changesSincePrevious(id: Id, database: RaceScoutDb = db): Promise<{ previous: PlanObservation; changes: Change[] } | null> {
  const row = await database.observations.get(id);
  if (!row) return null;
  const current = toPlanObservation(row);
  const previous = findPrevious(row.competitorId == null ? await venueClipsOf(row, database) : await competitorObservations(row.competitorId, database), current);
  return previous ? { previous, changes: diffObservations(previous.obs, current.obs) } : null;
}

/** Clips of the same venue, as plan observations (competitor 0), so a venue page compares with its previous clip. */
async function venueClipsOf(row: ObservationRow, database: RaceScoutDb): Promise<PlanObservation[]> {
  const rows = await database.observations.where('venue').equals(row.venue ?? '').filter((r) => r.competitorId == null && r.venueDomain === row.venueDomain).toArray();
  return rows.map(toPlanObservation);
}

/** Venue pages (searches, ad-library pages, articles…), newest first; optionally of one kind of venue. */
export async function venuePages(kind?: string, database: RaceScoutDb = db): Promise<PlanVenuePage[]> {
  const rows = kind ? await database.observations.where('venue').equals(kind).toArray() : await database.observations.filter(isVenuePage).toArray();
  return rows.filter(isVenuePage).map(toPlanVenuePage).sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
}

/** A competitor's follower readings, for the follower trend. */
export async function competitorSnapshots(id: Id, database: RaceScoutDb = db): Promise<PlanSnapshot[]> {
  return toPlanSnapshots(await database.snapshots.where('competitorId').equals(id).toArray());
}

export async function competitorById(id: Id, database: RaceScoutDb = db): Promise<PlanCompetitor | undefined> {
  const r = await database.competitors.get(id);
  return r ? toPlanCompetitor(r) : undefined;
}

export async function observationById(id: Id, database: RaceScoutDb = db): Promise<PlanObservation | undefined> {
  const r = await database.observations.get(id);
  return r ? toPlanObservation(r) : undefined;
}

export async function getSetting<T>(key: string, database: RaceScoutDb = db): Promise<T | undefined> {
  return (await database.settings.get(key))?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown, database: RaceScoutDb = db): Promise<void> {
  await database.settings.put({ key, value });
}

export async function planSettings(database: RaceScoutDb = db): Promise<PlanSettings> {
  const rows = await database.settings.toArray();
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return readPlanSettings((k) => map.get(k), [...map.keys()]);
}

/* ---- competitor actions ---- */

export async function renameCompetitor(id: Id, name: string, database: RaceScoutDb = db): Promise<void> {
  const clean = name.trim();
  if (clean) await database.competitors.update(id, { name: clean });
}

export async function setOwnBrand(id: Id, own: boolean, database: RaceScoutDb = db): Promise<void> {
  await database.transaction('rw', database.competitors, async () => {
    // One own brand at a time: marking one unmarks the others.
    if (own) await database.competitors.toCollection().modify({ own: false });
    await database.competitors.update(id, { own });
  });
}

/** `example.com` (a domain) or `instagram:handle` (a social handle). */
export function parseAttachment(value: string): { domain: string } | { handle: string } | null {
  const v = value.trim().toLowerCase();
  const handle = /^([a-z-]+):@?([\p{L}\p{M}\p{N}._-]{1,64})$/u.exec(v);
  if (handle) return { handle: `${handle[1]}:${handle[2]}` };
  const domain = /^(?:https?:\/\/)?([a-z0-9\p{L}\p{M}-]+(?:\.[a-z0-9\p{L}\p{M}-]+)+)\/?$/u.exec(v);
  return domain ? { domain: domain[1].replace(/^www\./, '') } : null;
}

export async function attachToCompetitor(id: Id, value: string, database: RaceScoutDb = db): Promise<boolean> {
  const a = parseAttachment(value);
  if (!a) return false;
  await database.transaction('rw', database.competitors, async () => {
    const c = await database.competitors.get(id);
    if (!c) return;
    const patch = 'domain' in a ? { domains: [...new Set([...c.domains, a.domain])] } : { handles: [...new Set([...c.handles, a.handle])] };
    await database.competitors.update(id, patch);
  });
  return true;
}

/** Move every clip and reading of `fromId` to `intoId`, join domains and handles, delete `fromId`. One transaction. */
export async function mergeCompetitors(fromId: Id, intoId: Id, database: RaceScoutDb = db): Promise<void> {
  if (fromId === intoId) return;
  await database.transaction('rw', database.competitors, database.observations, database.snapshots, async () => {
    const [from, into] = await Promise.all([database.competitors.get(fromId), database.competitors.get(intoId)]);
    if (!from || !into) throw new Error('competitor not found');
    await database.observations.where('competitorId').equals(fromId).modify({ competitorId: intoId });
    await database.snapshots.where('competitorId').equals(fromId).modify({ competitorId: intoId });
    await database.competitors.update(intoId, {
      domains: [...new Set([...into.domains, ...from.domains])],
      handles: [...new Set([...into.handles, ...from.handles])],
      own: from.own || into.own,
      // Team sync sends a redirect for the merged competitor, so teammates' clips of it follow.
      mergedGids: [...new Set([...(into.mergedGids ?? []), ...(from.gid ? [from.gid] : []), ...(from.mergedGids ?? [])])].filter((g) => g !== into.gid),
    });
    await database.competitors.delete(fromId);
  });
}

/** What a delete removed, kept in memory so "undo" can put it back exactly. */
export interface DeletedCompetitor {
  competitor: CompetitorRow;
  observations: ObservationRow[];
  captures: CaptureRow[];
  snapshots: ProfileSnapshotRow[];
}

export async function deleteCompetitor(id: Id, database: RaceScoutDb = db): Promise<DeletedCompetitor | null> {
  const { competitors, observations, captures, snapshots } = database;
  return database.transaction('rw', [competitors, observations, captures, snapshots], async () => {
    const competitor = await competitors.get(id);
    if (!competitor) return null;
    const obs = await observations.where('competitorId').equals(id).toArray();
    const obsIds = obs.map((o) => o.id);
    const caps = await captures.where('observationId').anyOf(obsIds).toArray();
    const snaps = await snapshots.where('competitorId').equals(id).toArray();
    await captures.bulkDelete(caps.map((c) => c.id));
    await snapshots.bulkDelete(snaps.map((s) => s.id));
    await observations.bulkDelete(obsIds);
    await competitors.delete(id);
    return { competitor, observations: obs, captures: caps, snapshots: snaps };
  });
}

export async function undoDelete(d: DeletedCompetitor, database: RaceScoutDb = db): Promise<void> {
  const { competitors, observations, captures, snapshots } = database;
  await database.transaction('rw', [competitors, observations, captures, snapshots], async () => {
    await competitors.put(d.competitor);
    await observations.bulkPut(d.observations);
    await captures.bulkPut(d.captures);
    await snapshots.bulkPut(d.snapshots);
  });
}
