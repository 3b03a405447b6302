/**
 * The store's side of sync: what waits to be sent, marking it sent, and applying documents from
 * the team's database to the local tables, one transaction per page of the changes feed (with
 * the checkpoint, so an interrupted sync resumes where the last page ended). The panel keeps
 * reading the same tables.
 */
import { db, snapshotOf, type CaptureRow, type CompetitorRow, type ObservationRow, type ProfileSnapshotRow, type RaceScoutDb, type SettingRow } from './db';
import type { WatchRow } from './watch-schema';
import { notesKey } from '../plan/settings';
import { isNoteKey, markSyncTransaction, SHARED_TABLES, snapshotGid } from './sync-marks';
import { checkDoc, type CompetitorDoc, type NoteDoc, type NoteVersion, type ObservationDoc, type SnapshotDoc, type SyncDoc, type WatchDoc } from '../sync/doc';
import { captureOf, competitorRow, noteText, observationRow, snapshotRow, watchRow } from '../sync/mapping';
import { keepBothNotes, latestWatch, mergeCompetitors, sameBusiness, sameText, type CompetitorFields } from '../sync/resolve';

/** How many local changes wait to be sent. */
export async function pendingCount(database: RaceScoutDb = db): Promise<number> {
  const counts = await Promise.all(SHARED_TABLES.map((t) => database.table(t).where('dirty').equals(1).count()));
  return counts.reduce((a, b) => a + b, 0);
}

export interface Outgoing {
  competitors: CompetitorRow[];
  notes: SettingRow[];
  watches: WatchRow[];
  observations: ObservationRow[];
  snapshots: ProfileSnapshotRow[];
}

/** Rows waiting to be sent: every changed competitor, note and watch, and up to `limit` observations and snapshots. */
export async function dirtyRows(limit: number, database: RaceScoutDb = db): Promise<Outgoing> {
  const dirty = <T,>(name: string, n = Infinity) => {
    const c = database.table(name).where('dirty').equals(1);
    return (n === Infinity ? c : c.limit(n)).toArray() as Promise<T[]>;
  };
  const [competitors, settings, watches, observations, snapshots] = await Promise.all([
    dirty<CompetitorRow>('competitors'),
    dirty<SettingRow>('settings'),
    dirty<WatchRow>('watches'),
    dirty<ObservationRow>('observations', limit),
    dirty<ProfileSnapshotRow>('snapshots', limit),
  ]);
  return { competitors, notes: settings.filter((s) => isNoteKey(s.key)), watches, observations, snapshots };
}

/** Gids of local competitors and observations by local id (documents name each other by gid). */
export async function gidMaps(database: RaceScoutDb, observationIds: readonly number[]): Promise<{ competitors: Map<number, string>; observations: Map<number, string> }> {
  const [competitors, observations] = await Promise.all([database.competitors.toArray(), database.observations.bulkGet([...observationIds])]);
  return {
    competitors: new Map(competitors.filter((c) => c.gid).map((c) => [c.id, c.gid!])),
    observations: new Map(observations.filter((o): o is ObservationRow => !!o?.gid).map((o) => [o.id, o.gid!])),
  };
}

export async function capturesOf(observationIds: readonly number[], database: RaceScoutDb = db): Promise<Map<number, CaptureRow>> {
  const rows = await database.captures.where('observationId').anyOf([...observationIds]).toArray();
  return new Map(rows.map((r) => [r.observationId, r]));
}

export interface Sent {
  table: 'competitors' | 'observations' | 'snapshots' | 'watches' | 'settings';
  /** Local primary key. */
  key: number | string;
  /** The updatedAt that was sent: a row changed since keeps waiting. */
  updatedAt: string | undefined;
  rev?: string;
  by?: string | null;
}

/** Marks rows sent, unless they changed while they were on their way. */
export async function markSent(sent: readonly Sent[], database: RaceScoutDb = db): Promise<void> {
  if (!sent.length) return;
  const tables = [...new Set(sent.map((s) => s.table))].map((t) => database.table(t));
  await database.transaction('rw', tables, async () => {
    markSyncTransaction();
    for (const name of new Set(sent.map((s) => s.table))) {
      const mine = sent.filter((s) => s.table === name);
      const table = database.table(name);
      const rows = (await table.bulkGet(mine.map((s) => s.key))) as ((Record<string, unknown> & { updatedAt?: string }) | undefined)[];
      const next = rows.flatMap((row, i) => {
        if (!row) return [];
        const s = mine[i];
        // Changed while on its way: still waits, for the newer version.
        const patch: Record<string, unknown> = { dirty: row.updatedAt === s.updatedAt ? 0 : 1 };
        if (s.rev) patch.rev = s.rev;
        if (name === 'observations' && s.by !== undefined && !row.by) patch.by = s.by;
        return [{ ...row, ...patch }];
      });
      await table.bulkPut(next);
    }
  });
}

/** Writes the joined note the push made when the server's version was edited at the same time. */
export async function storeJoinedNote(key: string, value: { notes: string; swot: NoteDoc['swot'] }, conflict: NoteVersion[], updatedAt: string, rev: string | undefined, database: RaceScoutDb = db): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    markSyncTransaction();
    const row = await database.settings.get(key);
    const prev = (row?.value ?? {}) as Record<string, unknown>;
    await database.settings.put({ ...row, key, value: { ...prev, ...value }, conflict, updatedAt, dirty: 0, ...(rev && { rev }) });
  });
}

/** Of these document ids, the observations and snapshots already here (they never change, so they are not fetched again). */
export async function knownImmutable(ids: readonly string[], database: RaceScoutDb = db): Promise<Set<string>> {
  const of = (type: string) => ids.filter((id) => id.startsWith(`${type}:`)).map((id) => id.slice(type.length + 1));
  const [obs, snaps] = await Promise.all([
    database.observations.where('gid').anyOf(of('observation')).keys(),
    database.snapshots.where('gid').anyOf(of('snapshot')).keys(),
  ]);
  return new Set([...obs.map((g) => `observation:${String(g)}`), ...snaps.map((g) => `snapshot:${String(g)}`)]);
}

/* ------------------------------------------------------------------ checkpoint */

const CHECKPOINT_KEY = 'sync.checkpoint';

/** Where the last pull of this database ended (`since` of the changes feed); 0 for another database. */
export async function readCheckpoint(url: string, database: RaceScoutDb = db): Promise<string | number> {
  const v = (await database.settings.get(CHECKPOINT_KEY))?.value as { url?: string; since?: string | number } | undefined;
  return v?.url === url && v.since !== undefined ? v.since : 0;
}

/* ------------------------------------------------------------------ applying pulled documents */

export interface Applied {
  /** Documents that changed something here. */
  pulled: number;
  /** Documents written by a newer RaceScout, left alone. */
  newer: number;
  /** Documents that are not ours or are malformed. */
  ignored: number;
}

const COMPETITOR_FIELDS = (c: CompetitorRow): CompetitorFields => ({
  gid: c.gid!,
  name: c.name,
  domains: c.domains,
  handles: c.handles,
  aliases: c.aliases ?? [],
  own: c.own,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt ?? c.createdAt,
  by: null,
  mergedInto: null,
});

const sameCompetitor = (a: CompetitorFields, b: CompetitorFields) =>
  a.gid === b.gid && a.name === b.name && a.own === b.own && [a.domains, a.handles, a.aliases].every((l, i) => l.join('\n') === [b.domains, b.handles, b.aliases][i].join('\n'));

/**
 * Applies one page of the changes feed and stores the checkpoint after it, in one transaction:
 * either the whole page is applied and the next sync starts after it, or nothing is.
 */
export async function applyPage(docs: readonly unknown[], checkpoint: { url: string; since: string | number } | null, nowMs: number = Date.now(), database: RaceScoutDb = db): Promise<Applied> {
  const out: Applied = { pulled: 0, newer: 0, ignored: 0 };
  const { competitors, observations, captures, snapshots, settings, watches, watchChanges } = database;
  await database.transaction('rw', [competitors, observations, captures, snapshots, settings, watches, watchChanges], async () => {
    markSyncTransaction();
    const apply = new Applier(database, nowMs);
    for (const raw of docs) {
      const verdict = checkDoc(raw);
      if (!verdict.use) {
        if (verdict.why === 'newer') out.newer++;
        else out.ignored++;
        continue;
      }
      if (await apply.doc(verdict.doc)) out.pulled++;
    }
    if (checkpoint) await settings.put({ key: CHECKPOINT_KEY, value: checkpoint });
  });
  return out;
}

/** Later than any real creation time: a placeholder never wins a join by age. */
const PLACEHOLDER_CREATED = '9999-12-31T23:59:59.999Z';

class Applier {
  /** Competitor gid → local id, for the many clips of one page that name the same few competitors; cleared when competitors change. */
  private ids = new Map<string, number>();

  constructor(
    private readonly database: RaceScoutDb,
    private readonly nowMs: number,
  ) {}

  doc(doc: SyncDoc): Promise<boolean> {
    switch (doc.type) {
      case 'competitor':
        this.ids.clear();
        return doc.mergedInto ? this.redirect(doc) : this.competitor(doc);
      case 'observation':
        return this.observation(doc);
      case 'snapshot':
        return this.snapshot(doc);
      case 'note':
        return this.note(doc);
      case 'watch':
        return this.watch(doc);
    }
  }

  /** The local competitor a gid names: its own row, or the row it was merged into. */
  private async byGid(gid: string): Promise<CompetitorRow | undefined> {
    const { competitors } = this.database;
    return (await competitors.where('gid').equals(gid).first()) ?? competitors.where('mergedGids').equals(gid).first();
  }

  /**
   * The local id for a competitor gid. A document may name a competitor whose own document
   * comes later in the feed (it changed since): a placeholder holds its place until then.
   */
  private async competitorId(gid: string | null, hint: { domain?: string | null; name?: string } = {}): Promise<number | null> {
    if (!gid) return null;
    const cached = this.ids.get(gid);
    if (cached !== undefined) return cached;
    const found = await this.byGid(gid);
    if (found) {
      this.ids.set(gid, found.id);
      return found.id;
    }
    // `updatedAt` '' marks a placeholder: never sent, never the survivor of a join by age.
    const placeholder: Omit<CompetitorRow, 'id'> = { gid, name: hint.name ?? hint.domain ?? gid, domains: [], handles: [], aliases: [], own: false, createdAt: PLACEHOLDER_CREATED, updatedAt: '', mergedGids: [], dirty: 0 };
    return this.database.competitors.add(placeholder as CompetitorRow);
  }

  private async competitor(doc: CompetitorDoc): Promise<boolean> {
    const { competitors } = this.database;
    const remote: CompetitorFields = { ...doc, aliases: doc.aliases ?? [] };
    const local = await this.byGid(doc.gid);
    let kept: CompetitorRow;
    if (local) {
      const mine = { ...COMPETITOR_FIELDS(local), gid: doc.gid };
      const merged = mergeCompetitors(mine, remote);
      // Our own document coming back (or one we already hold): nothing to write.
      if (local.dirty !== 1 && local.gid === doc.gid && local.updatedAt !== '' && sameCompetitor(merged, mine)) {
        await this.joinSameBusiness(local);
        return false;
      }
      // A row that holds more than the server (its own edits, or a competitor merged into it) stays to be sent.
      const dirty = local.dirty === 1 || local.gid !== doc.gid || !sameCompetitor(merged, remote) ? 1 : 0;
      kept = { ...local, ...pickShared(merged), gid: local.gid, updatedAt: merged.updatedAt, dirty };
      // A placeholder (or a row that stood in for this competitor) takes its real creation time.
      if (local.gid === doc.gid) kept.createdAt = doc.createdAt;
      await competitors.put(kept);
    } else {
      const id = await competitors.add(competitorRow(doc) as CompetitorRow);
      kept = (await competitors.get(id))!;
    }
    await this.joinSameBusiness(kept);
    return true;
  }

  /** Competitors created on two machines for one business (a registrable domain in common) become one. */
  private async joinSameBusiness(row: CompetitorRow): Promise<void> {
    if (!row.domains.length) return;
    const others = (await this.database.competitors.where('domains').anyOf(row.domains).toArray()).filter((c) => c.id !== row.id && c.updatedAt !== '' && sameBusiness(c, row));
    let current = row;
    for (const other of others) current = await this.join(current, other);
  }

  /**
   * Makes two local competitors one: the survivor (older, then smaller gid) keeps its gid and
   * gains the other's domains, handles, aliases, clips, readings, watches and notes; the other's
   * gid is remembered (a redirect document is sent for it), so late documents still find it.
   */
  private async join(a: CompetitorRow, b: CompetitorRow, forcedGid?: string): Promise<CompetitorRow> {
    const { competitors, observations, snapshots, watches, watchChanges } = this.database;
    const merged = mergeCompetitors(COMPETITOR_FIELDS(a), COMPETITOR_FIELDS(b));
    // The server named the survivor (a redirect document): it stays, whatever this machine knows of it yet.
    if (forcedGid) merged.gid = forcedGid;
    const [keep, drop] = merged.gid === a.gid ? [a, b] : [b, a];
    await Promise.all([
      observations.where('competitorId').equals(drop.id).modify({ competitorId: keep.id }),
      snapshots.where('competitorId').equals(drop.id).modify({ competitorId: keep.id }),
      watches.where('competitorId').equals(drop.id).modify({ competitorId: keep.id }),
      watchChanges.where('competitorId').equals(drop.id).modify({ competitorId: keep.id }),
    ]);
    await this.joinNotes(keep, drop);
    await competitors.delete(drop.id);
    const row: CompetitorRow = {
      ...keep,
      ...pickShared(merged),
      updatedAt: merged.updatedAt,
      mergedGids: [...new Set([...(keep.mergedGids ?? []), drop.gid!, ...(drop.mergedGids ?? [])])].filter((g) => g !== keep.gid),
      // A placeholder keeps its place until its own document comes: the real one is what counts.
      ...(keep.updatedAt === '' && drop.updatedAt !== '' && { createdAt: drop.createdAt }),
      dirty: 1,
    };
    await competitors.put(row);
    return row;
  }

  private async joinNotes(keep: CompetitorRow, drop: CompetitorRow): Promise<void> {
    const { settings } = this.database;
    const [k, d] = await Promise.all([settings.get(notesKey(keep.id)), settings.get(notesKey(drop.id))]);
    if (!d) return;
    await settings.delete(d.key);
    if (!k) return void (await settings.put({ ...d, key: notesKey(keep.id), dirty: 1 }));
    const a = noteText(k.value);
    const b = noteText(d.value);
    if (sameText(a, b)) return;
    const joined = keepBothNotes({ ...a, by: null, updatedAt: k.updatedAt ?? '' }, { ...b, by: null, updatedAt: d.updatedAt ?? '' });
    await settings.put({ ...k, value: { ...(k.value as object), notes: joined.notes, swot: joined.swot }, conflict: joined.conflict, updatedAt: joined.updatedAt, dirty: 1 });
  }

  /** A competitor that became another: its local row (if any) joins the survivor. */
  private async redirect(doc: CompetitorDoc): Promise<boolean> {
    const { competitors } = this.database;
    const target = doc.mergedInto!;
    const [gone, survivor] = await Promise.all([competitors.where('gid').equals(doc.gid).first(), this.byGid(target)]);
    if (gone && survivor && gone.id !== survivor.id) {
      await this.join(survivor, gone, survivor.gid === target ? target : survivor.gid);
      return true;
    }
    if (gone && survivor && gone.id === survivor.id) {
      // This row holds both (it was joined here the other way round): it takes the survivor's gid.
      if (gone.gid === target) return false;
      await competitors.put({ ...gone, gid: target, mergedGids: [...new Set([...(gone.mergedGids ?? []), doc.gid])].filter((g) => g !== target), dirty: 1 });
      return true;
    }
    if (gone && !survivor) {
      // The survivor's own document comes later: this row becomes it meanwhile.
      await competitors.put({ ...gone, gid: target, mergedGids: [...new Set([...(gone.mergedGids ?? []), doc.gid])], dirty: 0 });
      return true;
    }
    if (!gone && survivor && !survivor.mergedGids?.includes(doc.gid)) {
      await competitors.put({ ...survivor, mergedGids: [...(survivor.mergedGids ?? []), doc.gid], dirty: survivor.dirty ?? 0 });
      return true;
    }
    return false;
  }

  private async observation(doc: ObservationDoc): Promise<boolean> {
    const { observations, captures, snapshots } = this.database;
    // Never changed once made: a copy already here is the same clip.
    if (await observations.where('gid').equals(doc.gid).count()) return false;
    const competitorId = await this.competitorId(doc.competitor, { domain: doc.domain });
    const row = observationRow(doc, competitorId);
    const id = await observations.add(row as ObservationRow);
    const capture = captureOf(doc);
    if (capture) await captures.add({ observationId: id, ...capture } as CaptureRow);
    const snap = snapshotOf({ ...row, id });
    const gid = snapshotGid(doc.gid);
    if (snap && !(await snapshots.where('gid').equals(gid).count())) await snapshots.add({ ...snap, gid, updatedAt: doc.updatedAt, dirty: 0 } as ProfileSnapshotRow);
    return true;
  }

  /** Snapshots come with their observation (derived the same way); one whose observation is here but not it is added. */
  private async snapshot(doc: SnapshotDoc): Promise<boolean> {
    const { snapshots, observations } = this.database;
    if (await snapshots.where('gid').equals(doc.gid).count()) return false;
    const obs = await observations.where('gid').equals(doc.observationGid).first();
    if (!obs || obs.competitorId === null) return false;
    // One reading per clip: derived here already (under another gid, e.g. rows restored from an old backup).
    if (await snapshots.where('observationId').equals(obs.id).count()) return false;
    await snapshots.add(snapshotRow(doc, obs.competitorId, obs.id) as ProfileSnapshotRow);
    return true;
  }

  private async note(doc: NoteDoc): Promise<boolean> {
    const { settings } = this.database;
    const competitorId = await this.competitorId(doc.competitor);
    const key = notesKey(competitorId!);
    const local = await settings.get(key);
    const remote = noteText(doc);
    const fromServer = (extra: Partial<SettingRow> = {}): SettingRow => ({ ...local, key, value: { ...((local?.value as object) ?? {}), ...remote }, conflict: doc.conflict ?? null, updatedAt: doc.updatedAt, rev: doc._rev, dirty: 0, ...extra });
    if (local && local.dirty !== 1 && local.rev === doc._rev) return false;
    if (!local || local.dirty !== 1) {
      await settings.put(fromServer());
      return true;
    }
    // Edited here since the version it started from: the server's is either that version (ours
    // follows it and is sent next) or another machine's concurrent edit (both are kept).
    if (local.rev === doc._rev) return false;
    const mine = noteText(local.value);
    if (sameText(mine, remote)) {
      await settings.put(fromServer());
      return true;
    }
    const joined = keepBothNotes({ ...mine, by: null, updatedAt: local.updatedAt ?? '' }, { ...remote, by: doc.by, updatedAt: doc.updatedAt });
    await settings.put(fromServer({ value: { ...((local.value as object) ?? {}), notes: joined.notes, swot: joined.swot }, conflict: joined.conflict, updatedAt: joined.updatedAt, dirty: 1 }));
    return true;
  }

  private async watch(doc: WatchDoc): Promise<boolean> {
    const { watches } = this.database;
    const local = (await watches.where('gid').equals(doc.gid).first()) ?? (await watches.where('url').equals(doc.url).first());
    const competitorId = await this.competitorId(doc.competitor);
    if (!local) {
      await watches.add(watchRow(doc, competitorId, this.nowMs) as WatchRow);
      return true;
    }
    if (local.dirty !== 1 && local.updatedAt === doc.updatedAt && local.every === doc.every && local.paused === !!doc.paused) return false;
    const localVersion = { updatedAt: local.updatedAt ?? local.createdAt, by: null as string | null };
    const remoteWins = local.dirty !== 1 || latestWatch(localVersion, { updatedAt: doc.updatedAt, by: doc.by }) !== localVersion;
    if (!remoteWins) return false;
    await watches.put({ ...local, every: doc.every, paused: !!doc.paused, competitorId: competitorId ?? local.competitorId, updatedAt: doc.updatedAt, dirty: 0 });
    return true;
  }
}

function pickShared(c: CompetitorFields): Pick<CompetitorRow, 'name' | 'domains' | 'handles' | 'aliases' | 'own'> {
  return { name: c.name, domains: c.domains, handles: c.handles, aliases: c.aliases, own: c.own };
}

/* ------------------------------------------------------------------ panel queries */

export interface MemberClips {
  /** The CouchDB user name; null for clips made here and not sent yet; '' for clips sent without a user. */
  by: string | null;
  clips: number;
  latest: string;
}

/**
 * Who clipped what: clips per team member, most clips first. Read from the `[by+capturedAt]`
 * index (never the clips themselves, which can be tens of thousands): clips not sent yet have
 * no author and count as this user's; clips sent anonymously (a database without users) are
 * the rest.
 */
export async function clipsByMember(database: RaceScoutDb = db): Promise<MemberClips[]> {
  const { observations } = database;
  const keys = (await observations.orderBy('[by+capturedAt]').keys()) as unknown as [string, string][];
  const named = new Map<string, MemberClips>();
  for (const [by, at] of keys) {
    const g = named.get(by) ?? { by, clips: 0, latest: '' };
    g.clips++;
    if (at > g.latest) g.latest = at;
    named.set(by, g);
  }
  const out = [...named.values()];
  const unsent = (await observations.where('dirty').equals(1).toArray()).filter((o) => !o.by);
  if (unsent.length) out.push({ by: null, clips: unsent.length, latest: unsent.reduce((m, o) => (o.capturedAt > m ? o.capturedAt : m), '') });
  const anonymous = (await observations.count()) - keys.length - unsent.length;
  if (anonymous > 0) out.push({ by: '', clips: anonymous, latest: '' });
  return out.sort((a, b) => b.clips - a.clips || (a.by ?? '').localeCompare(b.by ?? ''));
}

/** The versions a competitor's note joins when it was edited on two machines at once, or null. */
export async function noteConflictOf(competitorId: number, database: RaceScoutDb = db): Promise<NoteVersion[] | null> {
  return (await database.settings.get(notesKey(competitorId)))?.conflict ?? null;
}

/** Who clipped an observation (the CouchDB user name), or null when it was clipped here and not sent yet. */
export async function clipperOf(observationId: number, database: RaceScoutDb = db): Promise<string | null> {
  return (await database.observations.get(observationId))?.by ?? null;
}
