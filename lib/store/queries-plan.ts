/**
 * Named queries and actions the side panel and the plan need (owned by the panel/plan helper,
 * beside the store's own queries.ts). Components and lib/plan reach the database only through
 * these functions; rows are mapped onto lib/plan's narrow shapes here, in one place.
 */
import type Dexie from 'dexie';
import { db } from './db';
import type { Observation } from '../analyze/types';
import type { Id, PlanCompetitor, PlanData, PlanObservation } from '../plan/model';
import { readPlanSettings, type PlanSettings } from '../plan/settings';

type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A competitor row → PlanCompetitor (domain may be stored as one string or a list). */
export function toPlanCompetitor(r: Row): PlanCompetitor {
  const domains = [...new Set([...strs(r.domains), ...(str(r.domain) ? [str(r.domain)!] : [])])];
  return {
    id: r.id as Id,
    name: str(r.name) ?? domains[0] ?? String(r.id),
    domains,
    handles: strs(r.handles),
    own: r.own === true || r.isOwn === true,
  };
}

/** An observation row → PlanObservation (the observation may be nested or spread in the row). */
export function toPlanObservation(r: Row): PlanObservation {
  const obs = (r.observation && typeof r.observation === 'object' ? r.observation : r) as Observation;
  const at = r.capturedAt ?? obs.capturedAt;
  return {
    id: r.id as Id,
    competitorId: r.competitorId as Id,
    capturedAt: at instanceof Date ? at.toISOString() : typeof at === 'number' ? new Date(at).toISOString() : (str(at) ?? ''),
    obs,
  };
}

/** `database` defaults to the extension's; exports and tests may pass another. */
export async function planData(database: Dexie = db): Promise<PlanData> {
  const competitorsT = database.table('competitors');
  const observationsT = database.table('observations');
  return database.transaction('r', competitorsT, observationsT, async () => {
    const [competitors, observations] = await Promise.all([competitorsT.toArray(), observationsT.toArray()]);
    return { competitors: competitors.map((c) => toPlanCompetitor(c as unknown as Row)), observations: observations.map((o) => toPlanObservation(o as unknown as Row)) };
  });
}

export interface CompetitorSummary extends PlanCompetitor {
  clips: number;
  lastClip: string | null;
}

/**
 * The first view: competitors with their clip count and last clip time. Reads only the
 * competitorId index's primary keys, plus one row per competitor: clips are appended in time
 * order, so the highest key of a competitor is its latest clip (ties resolved by capturedAt).
 */
export async function competitorSummaries(database: Dexie = db): Promise<CompetitorSummary[]> {
  const competitorsT = database.table('competitors');
  const observationsT = database.table('observations');
  return database.transaction('r', competitorsT, observationsT, async () => {
    const competitors = ((await competitorsT.toArray()) as Row[]).map(toPlanCompetitor);
    return Promise.all(
      competitors.map(async (c) => {
        const keys = (await observationsT.where('competitorId').equals(c.id).primaryKeys()) as Id[];
        const lastKey = keys.reduce<Id | undefined>((a, k) => (a === undefined || k > a ? k : a), undefined);
        const last = lastKey === undefined ? undefined : ((await observationsT.get(lastKey)) as Row | undefined);
        return { ...c, clips: keys.length, lastClip: last ? toPlanObservation(last).capturedAt : null };
      }),
    );
  });
}

export async function competitorObservations(id: Id): Promise<PlanObservation[]> {
  const rows = await db.observations.where('competitorId').equals(id as never).toArray();
  return rows.map((o) => toPlanObservation(o as unknown as Row)).sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
}

export async function competitorById(id: Id): Promise<PlanCompetitor | undefined> {
  const r = await db.competitors.get(id as never);
  return r ? toPlanCompetitor(r as unknown as Row) : undefined;
}

export async function observationById(id: Id): Promise<PlanObservation | undefined> {
  const r = await db.observations.get(id as never);
  return r ? toPlanObservation(r as unknown as Row) : undefined;
}

/** Whether a table has an index on `field` (the store may link captures either way). */
function hasIndex(table: Dexie.Table, field: string): boolean {
  return table.schema.primKey.name === field || table.schema.indexes.some((i) => i.name === field);
}

/** Captures of these observations: through `observation.captureId`, or the captures' `observationId` index. */
async function capturesOf(database: Dexie, observations: Row[]): Promise<Row[]> {
  const captures = database.table('captures');
  const byKey = observations.map((o) => o.captureId).filter((x) => x !== undefined && x !== null);
  const direct = ((await captures.bulkGet(byKey as never[])).filter(Boolean) as Row[]);
  const linked = hasIndex(captures, 'observationId') ? ((await captures.where('observationId').anyOf(observations.map((o) => o.id) as never[]).toArray()) as Row[]) : [];
  const seen = new Set<unknown>();
  return [...direct, ...linked].filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}

/** The screenshot stored with an observation's capture, as a URL an <img> can show, or null. */
export async function screenshotOf(observationId: Id, database: Dexie = db): Promise<string | null> {
  const obsRow = (await database.table('observations').get(observationId)) as Row | undefined;
  if (!obsRow) return null;
  const [cap] = await capturesOf(database, [obsRow]);
  const shot = cap?.screenshot ?? obsRow.screenshot;
  if (typeof shot === 'string' && /^data:image\/(png|jpeg|webp);/.test(shot)) return shot;
  if (typeof Blob !== 'undefined' && shot instanceof Blob) return URL.createObjectURL(shot);
  return null;
}

export async function getSetting<T>(key: string, database: Dexie = db): Promise<T | undefined> {
  const r = (await database.table('settings').get(key)) as Row | undefined;
  return r?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value } as never);
}

export async function planSettings(database: Dexie = db): Promise<PlanSettings> {
  const rows = (await database.table('settings').toArray()) as Row[];
  const map = new Map(rows.map((r) => [String(r.key), r.value]));
  return readPlanSettings((k) => map.get(k), [...map.keys()]);
}

/* ---- competitor actions ---- */

export async function renameCompetitor(id: Id, name: string): Promise<void> {
  const clean = name.trim();
  if (clean) await db.competitors.update(id as never, { name: clean } as never);
}

export async function setOwnBrand(id: Id, own: boolean): Promise<void> {
  await db.transaction('rw', db.competitors, async () => {
    // One own brand at a time: marking one unmarks the others.
    if (own) await db.competitors.toCollection().modify((c: Row) => void (c.own = false));
    await db.competitors.update(id as never, { own } as never);
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

export async function attachToCompetitor(id: Id, value: string): Promise<boolean> {
  const a = parseAttachment(value);
  if (!a) return false;
  await db.transaction('rw', db.competitors, async () => {
    const r = (await db.competitors.get(id as never)) as unknown as Row | undefined;
    if (!r) return;
    const c = toPlanCompetitor(r);
    const patch = 'domain' in a ? { domains: [...new Set([...c.domains, a.domain])] } : { handles: [...new Set([...c.handles, a.handle])] };
    await db.competitors.update(id as never, patch as never);
  });
  return true;
}

/** Move every observation of `fromId` to `intoId`, join domains and handles, delete `fromId`. One transaction. */
export async function mergeCompetitors(fromId: Id, intoId: Id): Promise<void> {
  if (fromId === intoId) return;
  await db.transaction('rw', db.competitors, db.observations, async () => {
    const from = (await db.competitors.get(fromId as never)) as unknown as Row | undefined;
    const into = (await db.competitors.get(intoId as never)) as unknown as Row | undefined;
    if (!from || !into) throw new Error('competitor not found');
    const a = toPlanCompetitor(from);
    const b = toPlanCompetitor(into);
    await db.observations.where('competitorId').equals(fromId as never).modify((o: Row) => void (o.competitorId = intoId));
    await db.competitors.update(intoId as never, { domains: [...new Set([...b.domains, ...a.domains])], handles: [...new Set([...b.handles, ...a.handles])], own: a.own || b.own } as never);
    await db.competitors.delete(fromId as never);
  });
}

/** What a delete removed, kept in memory so "undo" can put it back exactly. */
export interface DeletedCompetitor {
  competitor: Row;
  observations: Row[];
  captures: Row[];
}

export async function deleteCompetitor(id: Id): Promise<DeletedCompetitor | null> {
  return db.transaction('rw', db.competitors, db.observations, db.captures, async () => {
    const competitor = (await db.competitors.get(id as never)) as unknown as Row | undefined;
    if (!competitor) return null;
    const observations = (await db.observations.where('competitorId').equals(id as never).toArray()) as unknown as Row[];
    const obsIds = observations.map((o) => o.id);
    const captures = await capturesOf(db, observations);
    await db.captures.bulkDelete(captures.map((c) => c.id) as never[]);
    await db.observations.bulkDelete(obsIds as never[]);
    await db.competitors.delete(id as never);
    return { competitor, observations, captures };
  });
}

export async function undoDelete(d: DeletedCompetitor): Promise<void> {
  await db.transaction('rw', db.competitors, db.observations, db.captures, async () => {
    await db.competitors.put(d.competitor as never);
    await db.observations.bulkPut(d.observations as never[]);
    await db.captures.bulkPut(d.captures as never[]);
  });
}
