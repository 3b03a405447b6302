/**
 * The watch tables in a backup (store version 4): their row shapes and the references between
 * them, checked before a restore touches the database. Backups made before watching existed have
 * none of these tables and stay valid.
 */
import { z } from 'zod';

const id = z.number().int().positive();
const ref = id.nullable();
const iso = z.string().min(1);
const every = z.enum(['hour', '6h', 'day', 'week']);
const outcome = z.enum(['baseline', 'unchanged', 'changed', 'unconfirmed', 'failed']);
const value = z.union([z.string(), z.number(), z.boolean()]).nullable();
const web = z.string().regex(/^https?:\/\//i);

export const WATCH_TABLES = {
  watches: z.array(
    z.looseObject({
      id,
      url: web,
      origin: web,
      competitorId: ref,
      every,
      paused: z.boolean(),
      revoked: z.boolean(),
      createdAt: iso,
      nextAt: z.number(),
      failures: z.number().int().nonnegative(),
      lastOutcome: outcome.nullable(),
      baselineId: ref,
      clipId: ref,
      needsRendered: z.boolean(),
    }),
  ).optional(),
  watchChecks: z.array(z.looseObject({ id, watchId: id, at: iso, outcome, reason: z.string().nullable(), changes: z.number().int().nonnegative() })).optional(),
  watchObservations: z.array(z.looseObject({ id, watchId: id, capturedAt: iso, previousId: ref, observation: z.looseObject({ url: z.string() }) })).optional(),
  watchChanges: z
    .array(z.looseObject({ id, watchId: id, competitorId: ref, url: web, at: iso, field: z.string().min(1), before: value, after: value, observationId: id, previousId: ref, seen: z.union([z.literal(0), z.literal(1)]) }))
    .optional(),
};

type Row = Record<string, unknown>;

/** Every watch row pointing at rows of the same backup; null when all hold. */
export function watchIntegrity(tables: Record<string, Row[] | undefined>, competitorIds: Set<unknown>, observationIds: Set<unknown>): string | null {
  const watches = tables.watches ?? [];
  const watchIds = new Set(watches.map((w) => w.id));
  const kept = new Set((tables.watchObservations ?? []).map((o) => o.id));
  const missing = (table: string, row: unknown, what: string, to: unknown) => `${table}: ${String(row)} → ${what} ${String(to)} missing`;
  for (const w of watches) {
    if (w.competitorId != null && !competitorIds.has(w.competitorId)) return missing('watches', w.id, 'competitor', w.competitorId);
    if (w.clipId != null && !observationIds.has(w.clipId)) return missing('watches', w.id, 'observation', w.clipId);
    if (w.baselineId != null && !kept.has(w.baselineId)) return missing('watches', w.id, 'watch observation', w.baselineId);
  }
  for (const table of ['watchChecks', 'watchObservations', 'watchChanges'] as const)
    for (const r of tables[table] ?? []) if (!watchIds.has(r.watchId)) return missing(table, r.id, 'watch', r.watchId);
  for (const c of tables.watchChanges ?? []) {
    if (!kept.has(c.observationId)) return missing('watchChanges', c.id, 'watch observation', c.observationId);
    if (c.previousId != null && !kept.has(c.previousId)) return missing('watchChanges', c.id, 'watch observation', c.previousId);
  }
  return null;
}
