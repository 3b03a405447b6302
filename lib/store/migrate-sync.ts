/**
 * Version 6 upgrade: every shared row stored so far gets its global id and update time, and is
 * marked to be sent, so a user who joins a team shares what they clipped before.
 */
import type { Transaction } from 'dexie';
import { isNoteKey, newGid, snapshotGid, watchGid } from './sync-marks';

type Row = Record<string, unknown>;

export async function migrateSyncV6(tx: Transaction): Promise<void> {
  const now = new Date().toISOString();
  await tx.table('competitors').toCollection().modify((c: Row) => {
    c.gid = newGid();
    c.updatedAt = typeof c.createdAt === 'string' ? c.createdAt : now;
    c.mergedGids = [];
    c.dirty = 1;
  });
  const observationGids = new Map<number, string>();
  await tx.table('observations').toCollection().modify((o: Row) => {
    o.gid = newGid();
    o.updatedAt = o.capturedAt;
    o.dirty = 1;
    observationGids.set(o.id as number, o.gid as string);
  });
  await tx.table('snapshots').toCollection().modify((s: Row) => {
    const of = observationGids.get(s.observationId as number);
    s.gid = of ? snapshotGid(of) : newGid();
    s.updatedAt = s.capturedAt;
    s.dirty = 1;
  });
  await tx.table('watches').toCollection().modify((w: Row) => {
    w.gid = watchGid(w.url as string);
    w.updatedAt = w.createdAt;
    w.dirty = 1;
  });
  await tx.table('settings').toCollection().modify((r: Row) => {
    if (!isNoteKey(r.key)) return;
    r.updatedAt = now;
    r.dirty = 1;
  });
}
