/**
 * The JSON backup of everything stored — every table of the database (venue pages and
 * suggestions included), settings too — and its restore. Restore validates first
 * (lib/plan/backup-schema), then replaces the stored data in ONE read-write transaction over all
 * tables: either every table holds the backup afterwards, or (on any failure) nothing changed.
 */
import type Dexie from 'dexie';
import { parseBackup, type BackupError } from '../plan/backup-schema';
import { encodeValue } from '../plan/backup-codec';
import { backupText } from '../plan/export';

/** Every table's rows, encoded for JSON. */
export async function readAllTables(database: Dexie): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  await database.transaction('r', database.tables, async () => {
    for (const table of database.tables) tables[table.name] = (await encodeValue(await table.toArray())) as unknown[];
  });
  return tables;
}

export async function backupJson(database: Dexie, now: Date = new Date()): Promise<string> {
  return backupText(await readAllTables(database), database.verno, now);
}

export type RestoreResult = { ok: true; counts: Record<string, number> } | { ok: false; error: BackupError };

export async function applyBackup(database: Dexie, text: string): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const names = new Set(database.tables.map((t) => t.name));
  const unknown = Object.keys(parsed.tables).find((n) => !names.has(n));
  if (unknown) return { ok: false, error: { key: 'err_invalid', params: [`unknown table ${unknown}`] } };
  try {
    await database.transaction('rw', database.tables, async () => {
      for (const table of database.tables) {
        await table.clear();
        const rows = parsed.tables[table.name];
        if (rows?.length) await table.bulkAdd(rows);
      }
    });
  } catch (e) {
    return { ok: false, error: { key: 'err_invalid', params: [e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : String(e)] } };
  }
  return { ok: true, counts: parsed.preview.counts };
}
