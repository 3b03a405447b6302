/**
 * `{ type: 'export', format, table? }` → `{ ok: true, text }`. Reads the store through its named
 * queries and hands the data to lib/plan's pure renderers: the plan in the user's language,
 * a CSV, or the JSON backup of every table. A text past one message's size is answered in
 * parts (transfers.ts).
 */
import type { Handler } from '../messages';
import { db, type RaceScoutDb } from '../store/db';
import { planData, planSettings } from '../store/queries-plan';
import { backupJson } from '../store/backup';
import { renderExport, type ExportFormat, type ExportTable } from '../plan/export';
import { resolveLocale, type Locale } from '../i18n';
import { offer, takePart } from './transfers';
import { digestData } from '../store/watches';
import { digestSince } from '../plan/digest';

export interface ExportOptions {
  /** Which CSV: the clips (default) or the matrix. */
  table?: ExportTable;
  /** Overrides the stored language choice (tests, tools). */
  locale?: Locale;
  now?: Date;
  database?: RaceScoutDb;
}

export async function exportData(format: ExportFormat, opts: ExportOptions = {}): Promise<string> {
  const database = opts.database ?? db;
  const now = opts.now ?? new Date();
  if (format === 'json') return backupJson(database, now);
  const [data, settings, digest] = await Promise.all([planData(database), planSettings(database), format === 'markdown' ? digestData(digestSince(now), database) : undefined]);
  const locale = opts.locale ?? resolveLocale(settings.language, globalThis.navigator?.language ?? 'en');
  return renderExport(format, data, settings, { table: opts.table, locale, now, digest });
}

export const exportHandler: Handler<'export'> = async ({ format, table }) => {
  try {
    return { ok: true, ...offer(await exportData(format, { table })) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
};

export const exportPart: Handler<'export-part'> = async ({ transfer, index }) => {
  const text = takePart(String(transfer), Number(index));
  return text === null ? { ok: false, error: 'this export is no longer held; export again' } : { ok: true, text };
};
