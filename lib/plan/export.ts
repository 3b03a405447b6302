/**
 * The exports as text, from data: Markdown is the plan in the given language, CSV the clips
 * (or, with `table: 'matrix'`, the matrix), JSON the full backup of the tables given. Pure: the
 * background reads the store (lib/background/export.ts) and hands the data in.
 */
import { adSources } from './sources';
import { makeI18n, type Locale } from '../i18n';
import type { PlanData } from './model';
import type { PlanSettings } from './settings';
import { buildPlanInput } from './plan-input';
import { renderMarkdownPlan } from './markdown';
import { adsCsv, csvFile, matrixCsv, observationsCsv, searchesCsv } from './csv';
import { distinctAds } from './ads';
import { searchLandscape } from './search-landscape';
import { computeMatrix } from './matrix';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-schema';
import { digestSection, type DigestInput } from './digest';
import type { ExportFormat, ExportTable } from '../messages';

export type { ExportFormat, ExportTable };

/** The plan or a CSV table. CSV files start with a byte-order mark so spreadsheet programs read é and €. */
export function renderExport(format: Exclude<ExportFormat, 'json'>, data: PlanData, settings: PlanSettings, opts: { table?: ExportTable; locale: Locale; now: Date; digest?: DigestInput }): string {
  if (format === 'csv') return csvFile(csvTable(data, opts.table ?? 'observations'));
  if (format !== 'markdown') throw new Error(`unknown export format: ${String(format)}`);
  const i18n = makeI18n(opts.locale);
  const plan = renderMarkdownPlan(buildPlanInput(data, settings), i18n, opts.now);
  // The weekly digest of watched pages closes the plan, when anything is watched.
  const digest = opts.digest ? digestSection(opts.digest, i18n) : [];
  return digest.length ? `${plan}\n${digest.join('\n').trimEnd()}\n` : plan;
}

/** The JSON backup of every table, rows already encoded for JSON (backup-codec). */
export function backupText(tables: Record<string, unknown[]>, dbVersion: number, now: Date): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, dbVersion, exportedAt: now.toISOString(), tables });
}

function csvTable(data: PlanData, table: ExportTable): string {
  switch (table) {
    case 'matrix':
      return matrixCsv(computeMatrix(data));
    case 'ads':
      return adsCsv(distinctAds(adSources(data), data.competitors), data.competitors);
    case 'searches':
      return searchesCsv(searchLandscape(adSources(data), data.competitors), data.competitors);
    default:
      return observationsCsv(data);
  }
}
