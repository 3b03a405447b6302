/**
 * The JSON backup format and its validation (zod). A backup is
 * `{ format: "racescout-backup", version, exportedAt, tables: { <table>: rows[] } }`; rows keep
 * bytes and dates through backup-codec's tags. `previewBackup` parses and checks a file without
 * touching the database, so the panel can show what a restore would bring before applying it.
 * Errors are i18n keys with parameters.
 */
import { z } from 'zod';
import { decodeValue } from './backup-codec';

export const BACKUP_FORMAT = 'racescout-backup';
export const BACKUP_VERSION = 1;
/** Tables a backup must carry; others (captures, settings, later tables) are optional but, if present, must be arrays of rows. */
export const REQUIRED_TABLES = ['competitors', 'observations'] as const;
export const KNOWN_TABLES = ['competitors', 'observations', 'captures', 'settings'] as const;

const id = z.union([z.number(), z.string().min(1)]);
const row = z.object({}).passthrough();

const competitorRow = row.extend({ id, name: z.string().optional() });
const observationRow = row.extend({ id, competitorId: id });
const captureRow = row.extend({ id });
const settingRow = row.extend({ key: z.string().min(1), value: z.unknown() });

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.string(),
  dbVersion: z.number().optional(),
  tables: z
    .object({
      competitors: z.array(competitorRow),
      observations: z.array(observationRow),
      captures: z.array(captureRow).optional(),
      settings: z.array(settingRow).optional(),
    })
    // Tables added by later store versions travel too; restore checks they exist in the database.
    .catchall(z.array(row)),
});

export type Backup = z.infer<typeof backupSchema>;

export interface BackupPreview {
  exportedAt: string;
  version: number;
  counts: Record<string, number>;
}

export interface BackupError {
  key: 'err_empty' | 'err_not_json' | 'err_foreign' | 'err_version' | 'err_invalid';
  params: (string | number)[];
}

export type ParsedBackup = { ok: true; preview: BackupPreview; tables: Record<string, Record<string, unknown>[]> } | { ok: false; error: BackupError };

const fail = (key: BackupError['key'], ...params: (string | number)[]): ParsedBackup => ({ ok: false, error: { key, params } });

/** Parse, validate and decode a backup file's text. Never throws. */
export function previewBackup(text: string | null | undefined): ParsedBackup {
  if (!text || !text.trim()) return fail('err_empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('err_not_json');
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== BACKUP_FORMAT) return fail('err_foreign');
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return fail('err_version', version);
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('err_invalid', `${issue.path.join('.')}: ${issue.message}`);
  }
  const b = parsed.data;
  const problem = integrity(b);
  if (problem) return fail('err_invalid', problem);
  let tables: Record<string, Record<string, unknown>[]>;
  try {
    tables = Object.fromEntries(Object.entries(b.tables).map(([name, rows]) => [name, (rows ?? []).map((r) => decodeValue(r) as Record<string, unknown>)]));
  } catch (e) {
    return fail('err_invalid', e instanceof Error ? e.message : String(e));
  }
  return { ok: true, preview: { exportedAt: b.exportedAt, version: b.version, counts: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length])) }, tables };
}

/** Ids unique per table, and every observation pointing at a competitor in the same backup. */
function integrity(b: Backup): string | null {
  for (const [name, rows] of Object.entries(b.tables)) {
    const seen = new Set<string>();
    for (const r of rows ?? []) {
      const k = name === 'settings' ? String((r as { key: string }).key) : `${typeof (r as { id: unknown }).id}:${String((r as { id: unknown }).id)}`;
      if (seen.has(k)) return `${name}: duplicate ${k}`;
      seen.add(k);
    }
  }
  const competitors = new Set(b.tables.competitors.map((c) => `${typeof c.id}:${String(c.id)}`));
  const orphan = b.tables.observations.find((o) => !competitors.has(`${typeof o.competitorId}:${String(o.competitorId)}`));
  return orphan ? `observations: ${String(orphan.id)} → competitor ${String(orphan.competitorId)} missing` : null;
}
