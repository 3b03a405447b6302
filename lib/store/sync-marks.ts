/**
 * What sync needs from every write, without every write path knowing about sync: Dexie hooks
 * give each shared row a global id (`gid`) when it is created, and mark it `dirty` with a new
 * `updatedAt` whenever a field the team shares changes. A write that sets `dirty` itself (sync
 * applying the server's version, a migration) is left alone.
 */
import Dexie, { type Transaction } from 'dexie';
import { SETTING } from '../plan/settings';

/** The fields a row carries for sync (schema version 6). */
export interface SyncFields {
  /** Global id, the same on every machine. */
  gid?: string;
  /** ISO time of the last change of a shared field. */
  updatedAt?: string;
  /** 1 while a change waits to be sent (a number: IndexedDB cannot index booleans). */
  dirty?: 0 | 1;
  /** The server revision this row was last reconciled with (notes: to tell a concurrent edit from a later one). */
  rev?: string;
}

const SYNC_KEYS = ['gid', 'updatedAt', 'dirty', 'rev'] as const;

export type SharedTable = 'competitors' | 'observations' | 'snapshots' | 'watches' | 'settings';

/** Per table: the fields whose change the team should see. Observations and snapshots never change once made. */
export const SHARED_FIELDS: Readonly<Record<SharedTable, readonly string[]>> = {
  competitors: ['name', 'domains', 'handles', 'aliases', 'own', 'mergedGids'],
  observations: [],
  snapshots: [],
  watches: ['url', 'every', 'paused', 'competitorId'],
  settings: ['value'],
};

export const SHARED_TABLES = Object.keys(SHARED_FIELDS) as SharedTable[];

export const isNoteKey = (key: unknown) => typeof key === 'string' && key.startsWith(SETTING.notesPrefix);

export const newGid = () => crypto.randomUUID();

/** FNV-1a, 53 bits: a watch's gid comes from its URL, so two machines watching one page share one watch. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${h2.toString(36)}${h1.toString(36)}`;
}

export const watchGid = (url: string) => `w-${hashText(url)}`;
/** A profile snapshot is derived from its observation, so its gid is too. */
export const snapshotGid = (observationGid: string) => `s-${observationGid}`;

type Row = Record<string, unknown> & SyncFields;

/** Transactions sync writes in: what they write is the server's state, not a local change. */
const syncTransactions = new WeakSet<object>();

/** Call first inside a transaction whose writes the hooks must leave alone (sync applying documents). */
export function markSyncTransaction(): void {
  const tx = Dexie.currentTransaction;
  if (tx) syncTransactions.add(tx);
}

const inSync = (tx: Transaction | undefined) => (!!tx && syncTransactions.has(tx)) || (!!Dexie.currentTransaction && syncTransactions.has(Dexie.currentTransaction));

function gidFor(table: SharedTable, row: Row): string | undefined {
  if (table === 'settings') return undefined; // a note's id is its competitor's gid, known at push time
  if (table === 'watches' && typeof row.url === 'string') return watchGid(row.url);
  return newGid();
}

/** Installs the hooks on a database's shared tables (openRaceScoutDb does, for every copy). */
export function installSyncMarks(database: Dexie, now: () => string = () => new Date().toISOString()): void {
  for (const name of SHARED_TABLES) {
    const table = database.table(name);
    const shared = SHARED_FIELDS[name];
    table.hook('creating', (_key, obj: Row, tx) => {
      if (name === 'settings' && !isNoteKey(obj.key)) return;
      if (obj.dirty !== undefined || inSync(tx)) return;
      obj.gid ??= gidFor(name, obj);
      obj.updatedAt = now();
      obj.dirty = 1;
    });
    table.hook('updating', (modifications: object, _key, obj: Row, tx) => {
      const mods = modifications as Record<string, unknown>;
      if (name === 'settings' && !isNoteKey(obj.key)) return undefined;
      if (mods.dirty !== undefined || inSync(tx)) return undefined;
      // A put() of a whole row without the sync fields would drop them: keep them.
      const extra: Record<string, unknown> = {};
      for (const k of SYNC_KEYS) if (k in mods && mods[k] === undefined && obj[k] !== undefined) extra[k] = obj[k];
      // A write that leaves a shared field as it was (marking every competitor "not own", say) changes nothing to send.
      const changed = (k: string) => shared.includes(k.split('.')[0]) && (k.includes('.') || JSON.stringify(mods[k]) !== JSON.stringify(obj[k]));
      if (Object.keys(mods).some(changed)) {
        Object.assign(extra, { updatedAt: now(), dirty: 1 });
        // The user edited the note after two versions were joined: the flag has done its job.
        if (name === 'settings') extra.conflict = null;
      }
      return Object.keys(extra).length ? extra : undefined;
    });
  }
}
