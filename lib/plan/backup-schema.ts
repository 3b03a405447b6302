/**
 * The JSON backup format and its validation (zod). A backup is
 * `{ format: "racescout-backup", version, exportedAt, tables: { <table>: rows[] } }`; rows keep
 * bytes and dates through backup-codec's tags. `parseBackup` parses and checks a file without
 * touching the database, so the panel can show what a restore would bring before applying it.
 * Errors are i18n keys with parameters.
 */
import { z } from 'zod';
import { decodeValue } from './backup-codec';
import { normalizeObservation, normalizeSetting } from './view-schema';
import { WATCH_TABLES, watchIntegrity } from './backup-watch';

export const BACKUP_FORMAT = 'racescout-backup';
export const BACKUP_VERSION = 1;

const id = z.number().int().positive();
const iso = z.string().min(1);
/** backup-codec's tag for bytes. */
const bytes = z.object({ $bytes: z.string() }).strict();
const platform = z.string().min(1);

/** Rows in the store's shapes (lib/store/db.ts); unknown extra fields pass through untouched. */
const competitorRow = z.looseObject({ id, name: z.string(), domains: z.array(z.string()), handles: z.array(z.string()), own: z.boolean(), createdAt: iso });
const observation = z.looseObject({
  url: z.string(),
  kind: z.enum(['page', 'product', 'serp', 'ad', 'social-profile']),
  page: z.looseObject({}),
  offers: z.array(z.looseObject({ price: z.number().nullable() })),
  technologies: z.array(z.looseObject({ id: z.string(), name: z.string() })),
  socialProfiles: z.array(z.looseObject({ platform, handle: z.string(), url: z.string() })),
  emailCapture: z.looseObject({ present: z.boolean() }),
  channels: z.array(z.looseObject({ channel: z.string(), confidence: z.number(), evidence: z.array(z.unknown()) })),
  ads: z.array(z.looseObject({})),
  promotions: z.array(z.looseObject({ text: z.string() })),
  messaging: z.looseObject({ ctas: z.array(z.string()) }),
  structuredData: z.looseObject({ types: z.array(z.string()) }),
});
const observationRow = z.looseObject({
  id,
  /** null for a venue page (store version 3), which then names its venue. */
  competitorId: id.nullable(),
  venue: z.enum(['search', 'ad-library', 'social', 'marketplace', 'publisher']).nullable().optional(),
  venueDomain: z.string().nullable().optional(),
  url: z.string(),
  domain: z.string().nullable(),
  kind: observation.shape.kind,
  capturedAt: iso,
  analyzerVersion: z.number(),
  observation,
  screenshot: z.string().nullable().optional(),
});
const captureRow = z.looseObject({ id, observationId: id, gz: bytes, bytes: z.number().nonnegative() });
const count = z.number().nonnegative().nullable();
const snapshotRow = z.looseObject({ id, competitorId: id, observationId: id, profileKey: z.string().min(3), platform, capturedAt: iso, followers: count, following: count, posts: count });
const settingRow = z.looseObject({ key: z.string().min(1), value: z.unknown() });
const suggestionRow = z.looseObject({ id, domain: z.string().min(3), name: z.string(), status: z.enum(['open', 'accepted', 'dismissed']), seen: z.number().nonnegative(), observationIds: z.array(id) });

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.string(),
  dbVersion: z.number().optional(),
  tables: z
    .object({
      competitors: z.array(competitorRow),
      observations: z.array(observationRow),
      captures: z.array(captureRow),
      snapshots: z.array(snapshotRow),
      settings: z.array(settingRow),
      ...WATCH_TABLES,
      /** Since store version 3; older backups have none. */
      suggestions: z.array(suggestionRow).optional(),
    })
    // Tables added by later store versions travel too; restore checks they exist in the database.
    .catchall(z.array(z.looseObject({}))),
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
export function parseBackup(text: string | null | undefined): ParsedBackup {
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
  const problemInViews = normalizeForViews(tables);
  if (problemInViews) return fail('err_invalid', problemInViews);
  return { ok: true, preview: { exportedAt: b.exportedAt, version: b.version, counts: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length])) }, tables };
}

/**
 * Observations and settings through the views' own schema (view-schema.ts), in place: what
 * passed the structural check above is given the defaults and types the views read, so every
 * backup restore accepts renders. Returns a problem when an observation cannot be one.
 */
function normalizeForViews(tables: Record<string, Record<string, unknown>[]>): string | null {
  for (const row of tables.observations ?? []) {
    const o = normalizeObservation(row.observation);
    if (!o) return `observations: ${String(row.id)} is not an observation`;
    row.observation = o;
    row.kind = o.kind;
  }
  if (tables.settings) {
    tables.settings = tables.settings.flatMap((row) => {
      const value = normalizeSetting(String(row.key), row.value);
      return value === undefined ? [] : [{ ...row, value }];
    });
  }
  return null;
}

/** Ids unique per table, and every row pointing at rows of the same backup. */
function integrity(b: Backup): string | null {
  for (const [name, rows] of Object.entries(b.tables)) {
    const seen = new Set<unknown>();
    for (const r of rows as Record<string, unknown>[]) {
      const k = name === 'settings' ? r.key : r.id;
      if (seen.has(k)) return `${name}: duplicate ${String(k)}`;
      seen.add(k);
    }
  }
  const { competitors, observations, captures, snapshots } = b.tables;
  const competitorIds = new Set(competitors.map((c) => c.id));
  const observationIds = new Set(observations.map((o) => o.id));
  const missing = (table: string, row: number, what: string, ref: number) => `${table}: ${row} → ${what} ${ref} missing`;
  for (const o of observations) {
    if (o.competitorId === null) {
      if (!o.venue) return `observations: ${o.id} has neither competitor nor venue`;
    } else if (!competitorIds.has(o.competitorId)) return missing('observations', o.id, 'competitor', o.competitorId);
  }
  const captured = new Set<number>();
  for (const c of captures) {
    if (!observationIds.has(c.observationId)) return missing('captures', c.id, 'observation', c.observationId);
    if (captured.has(c.observationId)) return `captures: two for observation ${c.observationId}`;
    captured.add(c.observationId);
  }
  for (const s of snapshots) {
    if (!competitorIds.has(s.competitorId)) return missing('snapshots', s.id, 'competitor', s.competitorId);
    if (!observationIds.has(s.observationId)) return missing('snapshots', s.id, 'observation', s.observationId);
  }
  return watchIntegrity(b.tables as Record<string, Record<string, unknown>[] | undefined>, competitorIds, observationIds);
}
