/**
 * One sync between the local database and the team's CouchDB database: send what changed here
 * (`_all_docs` for the server's current versions, merged by resolve.ts, then `_bulk_docs` with
 * the revision each replaces), then read the changes feed from the last checkpoint (applied a
 * page at a time with its checkpoint: an interrupted sync resumes there), then send what the
 * pull merged. Every machine running this ends with the same documents.
 */
import { db, type CaptureRow, type CompetitorRow, type ObservationRow, type ProfileSnapshotRow, type RaceScoutDb, type SettingRow } from '../store/db';
import type { WatchRow } from '../store/watch-schema';
import { applyPage, capturesOf, dirtyRows, gidMaps, knownImmutable, markSent, pendingCount, readCheckpoint, storeJoinedNote, type Sent } from '../store/sync-store';
import type { AllDocsRow, CouchClient } from './couch';
import { SYNC_SCHEMA, type CompetitorDoc, type NoteDoc, type SyncDoc, type WatchDoc } from './doc';
import { SyncError } from './errors';
import { competitorDoc, DEFAULT_SHARE, noteDoc, noteText, observationDoc, redirectDoc, snapshotDoc, watchDoc, type ShareOptions } from './mapping';
import { keepBothNotes, latestWatch, mergeCompetitors, sameText, survivorOrder } from './resolve';

export interface ReplicateOptions {
  client: CouchClient;
  /** The CouchDB user name this machine signs in as (who clipped what). */
  me: string | null;
  share?: ShareOptions;
  database?: RaceScoutDb;
  /** Observations per request. */
  batch?: number;
  /** Changes per page of the feed. */
  page?: number;
  /** Stops between requests once aborted (the sync's deadline). */
  signal?: AbortSignal;
}

export interface SyncCounts {
  pushed: number;
  pulled: number;
  /** Documents of a newer RaceScout, left alone. */
  newer: number;
}

/** Keeps one request's body within what servers and proxies take comfortably. */
const MAX_REQUEST_CHARS = 4 * 1024 * 1024;

export async function replicate(opts: ReplicateOptions): Promise<SyncCounts> {
  const database = opts.database ?? db;
  const counts: SyncCounts = { pushed: 0, pulled: 0, newer: 0 };
  // What this sync wrote (`id rev`): coming back in the changes feed, it is not fetched again.
  const written = new Set<string>();
  await push(opts, database, counts, written);
  await pull(opts, database, counts, written);
  // The pull may have joined competitors or notes: their new versions go out in the same sync.
  if (await pendingCount(database)) await push(opts, database, counts, written);
  return counts;
}

const stopIfAborted = (signal: AbortSignal | undefined) => {
  if (signal?.aborted) throw signal.reason instanceof SyncError ? signal.reason : new SyncError('timeout', ['25']);
};

/* ------------------------------------------------------------------ push */

/** One document to send and the local row it came from. */
interface Out {
  doc: SyncDoc & { _rev?: string };
  sent: Sent;
  /** A competitor's redirect documents go with its own; the row counts as sent when all went. */
  group: string;
  immutable: boolean;
}

async function push(opts: ReplicateOptions, database: RaceScoutDb, counts: SyncCounts, writtenRevs: Set<string>): Promise<void> {
  const batch = opts.batch ?? 500;
  let refused = 0;
  // Each round sends what waits (observations a batch at a time) until nothing is left or a
  // round makes no progress (documents the server refuses stay here, reported once).
  for (let round = 0; round < 1_000; round++) {
    stopIfAborted(opts.signal);
    const rows = await dirtyRows(batch, database);
    const { outs, orphans } = await documentsOf(rows, opts, database);
    await markSent(orphans, database);
    if (!outs.length) break;
    const { written, refusedNow, progressed } = await sendRound(outs, opts, database, writtenRevs);
    counts.pushed += written;
    refused = refusedNow;
    if (!progressed) break;
  }
  if (refused) throw new SyncError('refused', [String(refused)]);
}

/** The documents of the rows waiting, and the rows that have none to send (marked sent as they are). */
async function documentsOf(rows: Awaited<ReturnType<typeof dirtyRows>>, opts: ReplicateOptions, database: RaceScoutDb): Promise<{ outs: Out[]; orphans: Sent[] }> {
  const me = opts.me;
  const share = opts.share ?? DEFAULT_SHARE;
  const gids = await gidMaps(database, rows.snapshots.map((s) => s.observationId));
  const caps = await capturesOf(rows.observations.map((o) => o.id), database);
  const out: Out[] = [];
  const orphans: Sent[] = [];
  const sentOf = (table: Sent['table'], key: number | string, updatedAt: string | undefined, by?: string | null): Sent => ({ table, key, updatedAt, ...(by !== undefined && { by }) });
  for (const c of rows.competitors as CompetitorRow[]) {
    if (!c.gid || c.updatedAt === '') continue; // a placeholder: its document comes from the server
    const doc = competitorDoc(c, me);
    const sent = sentOf('competitors', c.id, c.updatedAt);
    out.push({ doc, sent, group: doc._id, immutable: false });
    for (const g of c.mergedGids ?? []) out.push({ doc: redirectDoc(g, doc), sent, group: doc._id, immutable: false });
  }
  for (const n of rows.notes as SettingRow[]) {
    const competitorId = Number(n.key.slice(n.key.indexOf(':') + 1));
    const gid = gids.competitors.get(competitorId);
    if (!gid) continue;
    const doc = noteDoc(n.value, gid, n.updatedAt ?? new Date().toISOString(), n.conflict ?? null, me);
    out.push({ doc, sent: { ...sentOf('settings', n.key, n.updatedAt), rev: n.rev }, group: doc._id, immutable: false });
  }
  for (const w of rows.watches as WatchRow[]) {
    const doc = watchDoc(w, w.competitorId === null ? null : (gids.competitors.get(w.competitorId) ?? null), me);
    out.push({ doc, sent: sentOf('watches', w.id, w.updatedAt), group: doc._id, immutable: false });
  }
  for (const o of rows.observations as ObservationRow[]) {
    const competitor = o.competitorId === null ? null : (gids.competitors.get(o.competitorId) ?? null);
    const doc = observationDoc(o, competitor, caps.get(o.id) as CaptureRow | undefined, share, me);
    out.push({ doc, sent: sentOf('observations', o.id, o.updatedAt, doc.by), group: doc._id, immutable: true });
  }
  for (const s of rows.snapshots as ProfileSnapshotRow[]) {
    const competitor = gids.competitors.get(s.competitorId);
    const observation = gids.observations.get(s.observationId);
    // A reading whose clip or competitor is gone (deleted here) has nothing to name: it stays local.
    if (!competitor || !observation || !s.gid) {
      orphans.push(sentOf('snapshots', s.id, s.updatedAt));
      continue;
    }
    const doc = snapshotDoc(s, competitor, observation, me);
    out.push({ doc, sent: sentOf('snapshots', s.id, s.updatedAt), group: doc._id, immutable: true });
  }
  return { outs: out, orphans };
}

async function sendRound(outs: Out[], opts: ReplicateOptions, database: RaceScoutDb, writtenRevs: Set<string>): Promise<{ written: number; refusedNow: number; progressed: boolean }> {
  const { client } = opts;
  const remote = new Map<string, AllDocsRow>();
  for (const [immutable, docs] of [[true, outs.filter((o) => o.immutable)], [false, outs.filter((o) => !o.immutable)]] as const) {
    for (const chunk of chunks(docs.map((o) => o.doc._id), 1_000)) for (const r of await client.allDocs(chunk, !immutable)) remote.set(r.key, r);
  }
  const toWrite: Out[] = [];
  const done = new Set<string>();
  const joinedNotes: { out: Out; joined: ReturnType<typeof keepBothNotes> }[] = [];
  const adopt: unknown[] = [];
  for (const o of outs) {
    const r = remote.get(o.doc._id);
    const exists = r && !r.error && r.value && !r.value.deleted;
    if (!exists) {
      toWrite.push(o);
      continue;
    }
    if (o.immutable) {
      done.add(o.group); // already there: observations and snapshots never change
      continue;
    }
    const current = r.doc as (SyncDoc & { _rev: string }) | null | undefined;
    if (!current) {
      toWrite.push({ ...o, doc: { ...o.doc, _rev: r.value!.rev } });
      continue;
    }
    if (typeof current.schema === 'number' && current.schema > SYNC_SCHEMA) {
      done.add(o.group); // a newer RaceScout wrote it: never overwritten by an older one
      continue;
    }
    const resolved = resolveWith(o, current, joinedNotes, adopt);
    if (resolved === 'skip') done.add(o.group);
    else if (resolved === 'defer') continue;
    else toWrite.push({ ...o, doc: resolved });
  }
  // A competitor the server says became another: applied here like a pulled document; its row joins the survivor.
  if (adopt.length) await applyPage(adopt, null, Date.now(), database);
  const failedGroups = new Set<string>();
  const revs = new Map<string, string>();
  let written = 0;
  let refusedNow = 0;
  for (const chunk of sizedChunks(toWrite)) {
    stopIfAborted(opts.signal);
    const results = await client.bulkDocsJson(chunk.map((o) => o.json));
    results.forEach((res, i) => {
      const o = chunk[i];
      if (res.ok || (res.rev && !res.error)) {
        written++;
        revs.set(o.doc._id, res.rev!);
        writtenRevs.add(`${o.doc._id} ${res.rev}`);
      } else {
        failedGroups.add(o.group);
        if (res.error === 'forbidden') refusedNow++;
      }
    });
  }
  for (const o of toWrite) if (!failedGroups.has(o.group)) done.add(o.group);
  for (const { out, joined } of joinedNotes) {
    if (!done.has(out.group)) continue;
    await storeJoinedNote(String(out.sent.key), { notes: joined.notes, swot: joined.swot }, joined.conflict, joined.updatedAt, revs.get(out.doc._id), database);
  }
  const sent = new Map<string, Sent>();
  for (const o of outs) if (done.has(o.group) && !joinedNotes.some((j) => j.out === o)) sent.set(`${o.sent.table}:${o.sent.key}`, { ...o.sent, rev: revs.get(o.doc._id) ?? o.sent.rev });
  await markSent([...sent.values()], database);
  return { written, refusedNow, progressed: sent.size > 0 || joinedNotes.length > 0 || adopt.length > 0 };
}

/** Our version against the server's current one: the document to write, or skip (nothing to add), or defer (applied locally first). */
function resolveWith(o: Out, current: SyncDoc & { _rev: string }, joinedNotes: { out: Out; joined: ReturnType<typeof keepBothNotes> }[], adopt: unknown[]): SyncDoc | 'skip' | 'defer' {
  const mine = o.doc;
  if (mine.type === 'competitor' && current.type === 'competitor') {
    if (mine.mergedInto) {
      if (current.mergedInto === mine.mergedInto) return 'skip';
      // A redirect only ever points at an older competitor: no two machines can make a cycle.
      const cur = current as CompetitorDoc;
      if (!cur.mergedInto && survivorOrder({ createdAt: mine.createdAt, gid: mine.mergedInto }, cur) > 0) return 'skip';
      return { ...mine, _rev: current._rev };
    }
    if (current.mergedInto) {
      adopt.push(current);
      return 'defer';
    }
    const merged = mergeCompetitors(mine, current as CompetitorDoc);
    return { ...mine, ...merged, _id: mine._id, _rev: current._rev, schema: SYNC_SCHEMA } as CompetitorDoc;
  }
  if (mine.type === 'note' && current.type === 'note') {
    const remote = current as NoteDoc;
    if (o.sent.rev === remote._rev || sameText(mine, remote)) return { ...mine, _rev: remote._rev };
    // Edited here and on another machine since the version this one started from: keep both.
    const joined = keepBothNotes({ ...noteText(mine), by: mine.by, updatedAt: mine.updatedAt }, { ...noteText(remote), by: remote.by, updatedAt: remote.updatedAt });
    joinedNotes.push({ out: o, joined });
    return { ...mine, notes: joined.notes, swot: joined.swot, conflict: joined.conflict, updatedAt: joined.updatedAt, by: joined.by, _rev: remote._rev };
  }
  if (mine.type === 'watch' && current.type === 'watch') {
    const winner = latestWatch(mine, current as WatchDoc);
    return winner === mine ? { ...mine, _rev: current._rev } : 'skip';
  }
  return { ...mine, _rev: current._rev };
}

function chunks<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** Documents in requests of at most MAX_REQUEST_CHARS (one larger document goes alone), a competitor's group never split; each serialised once. */
function sizedChunks(outs: readonly Out[]): (Out & { json: string })[][] {
  const out: (Out & { json: string })[][] = [];
  let current: (Out & { json: string })[] = [];
  let size = 0;
  for (const plain of outs) {
    const o = { ...plain, json: JSON.stringify(plain.doc) };
    const n = o.json.length;
    if (current.length && size + n > MAX_REQUEST_CHARS && current[current.length - 1].group !== o.group) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(o);
    size += n;
  }
  if (current.length) out.push(current);
  return out;
}

/* ------------------------------------------------------------------ pull */

/** Documents per `_all_docs` request of a pull: screenshots ride along, so fewer than a push sends. */
const FETCH_CHUNK = 250;

async function pull(opts: ReplicateOptions, database: RaceScoutDb, counts: SyncCounts, written: Set<string>): Promise<void> {
  const { client } = opts;
  const limit = opts.page ?? 500;
  let since = await readCheckpoint(client.url, database);
  for (;;) {
    stopIfAborted(opts.signal);
    const page = await client.changes(since, limit);
    const candidates = page.results.filter((r) => !r.deleted && !r.id.startsWith('_design/') && !written.has(`${r.id} ${r.changes[0]?.rev}`));
    // Observations and snapshots never change: one already here is not fetched again.
    const known = await knownImmutable(candidates.map((r) => r.id), database);
    const wanted = candidates.map((r) => r.id).filter((id) => !known.has(id));
    const docs: unknown[] = [];
    for (const keys of chunks(wanted, FETCH_CHUNK)) {
      stopIfAborted(opts.signal);
      for (const row of await client.allDocs(keys, true, true)) if (row.doc && !row.value?.deleted) docs.push(row.doc);
    }
    const applied = await applyPage(docs, { url: client.url, since: page.last_seq }, Date.now(), database);
    counts.pulled += applied.pulled;
    counts.newer += applied.newer;
    since = page.last_seq;
    if (page.results.length < limit) break;
  }
}
