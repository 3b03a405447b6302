/**
 * `exportData(format)`: what the `export` runtime message answers with. Markdown is the plan in
 * the user's chosen language, CSV the clips (or, with `table: 'matrix'`, the matrix), JSON the
 * full backup. Reads the store through the named queries only.
 */
import { db, type RaceScoutDb } from '../store/db';
import { planData, planSettings } from '../store/queries-plan';
import { makeI18n, resolveLocale, type Locale } from '../i18n';
import { buildPlanInput } from './plan-input';
import { renderMarkdownPlan } from './markdown';
import { adsCsv, matrixCsv, observationsCsv, searchesCsv } from './csv';
import { distinctAds } from './ads';
import { searchLandscape } from './search-landscape';
import type { PlanData } from './model';
import { computeMatrix } from './matrix';
import { backupJson } from './backup';
import { digestData } from '../store/watches';
import { digestSection, digestSince } from './digest';
import type { ExportFormat, ExportTable } from '../messages';

export type { ExportFormat, ExportTable };

export interface ExportOptions {
  /** Which CSV: the clips (default) or the matrix. */
  table?: ExportTable;
  /** Overrides the stored language choice (tests, tools). */
  locale?: Locale;
  now?: Date;
  database?: RaceScoutDb;
}

function browserTag(): string {
  return globalThis.navigator?.language ?? 'en';
}

export async function exportData(format: ExportFormat, opts: ExportOptions = {}): Promise<string> {
  const database = opts.database ?? db;
  const now = opts.now ?? new Date();
  if (format === 'json') return backupJson(database, now);
  const data = await planData(database);
  if (format === 'csv') return csvTable(data, opts.table ?? 'observations');
  if (format !== 'markdown') throw new Error(`unknown export format: ${String(format)}`);
  const settings = await planSettings(database);
  const locale = opts.locale ?? resolveLocale(settings.language, browserTag());
  const i18n = makeI18n(locale);
  const digest = digestSection(await digestData(digestSince(now), database), i18n);
  const plan = renderMarkdownPlan(buildPlanInput(data, settings), i18n, now);
  return digest.length ? `${plan}\n${digest.join('\n').trimEnd()}\n` : plan;
}

function csvTable(data: PlanData, table: ExportTable): string {
  switch (table) {
    case 'matrix':
      return matrixCsv(computeMatrix(data));
    case 'ads':
      return adsCsv(distinctAds(data.observations, data.competitors), data.competitors);
    case 'searches':
      return searchesCsv(searchLandscape(data.observations, data.competitors), data.competitors);
    default:
      return observationsCsv(data);
  }
}
