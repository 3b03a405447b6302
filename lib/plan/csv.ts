/**
 * CSV exports with papaparse: one row per clip (observation) and one row per competitor ×
 * channel cell of the matrix. Column names are stable English identifiers so spreadsheets and
 * scripts keep working whatever the UI language. Cells that start with = + - @ are prefixed with
 * a quote so a spreadsheet never runs captured text as a formula.
 */
import Papa from 'papaparse';
import type { ChannelMatrix } from './matrix';
import type { PlanData } from './model';

export function safeCell(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

const unparse = (fields: string[], rows: unknown[][]) => Papa.unparse({ fields, data: rows.map((r) => r.map(safeCell)) }, { newline: '\n' });

export function observationsCsv(data: PlanData): string {
  const names = new Map(data.competitors.map((c) => [c.id, c.name]));
  const fields = ['observation_id', 'competitor', 'captured_at', 'kind', 'url', 'domain', 'title', 'description', 'lang', 'canonical', 'price', 'currency', 'regular_price', 'technologies', 'channels', 'social_profiles', 'email_capture', 'ads', 'followers', 'headline'];
  const rows = data.observations.map((o) => {
    const x = o.obs;
    const offer = x.offers[0];
    return [
      o.id,
      names.get(o.competitorId) ?? '',
      o.capturedAt,
      x.kind,
      x.url,
      x.domain,
      x.page.title,
      x.page.description,
      x.page.lang,
      x.page.canonical,
      offer?.price ?? null,
      offer?.currency ?? null,
      offer?.regularPrice ?? null,
      x.technologies.map((t) => t.name).join('; '),
      x.channels.map((c) => `${c.channel}:${c.confidence}`).join('; '),
      x.socialProfiles.map((s) => `${s.platform}:${s.handle}`).join('; '),
      x.emailCapture.present,
      x.ads.length,
      x.profile?.followers ?? null,
      x.messaging?.headline ?? null,
    ];
  });
  return unparse(fields, rows);
}

export function matrixCsv(m: ChannelMatrix): string {
  const fields = ['competitor', 'own', 'channel', 'media', 'funnel', 'strength', 'level', 'observations', 'evidence_urls', 'total_followers', 'ads'];
  const rows: unknown[][] = [];
  m.competitors.forEach((c, i) =>
    m.channels.forEach((ch, j) => {
      const cell = m.rows[i][j];
      rows.push([c.name, c.own, ch.id, ch.media, ch.funnel, cell.strength, cell.level, cell.observations, cell.evidence.map((e) => e.url).join(' '), m.voice[i].totalFollowers, m.voice[i].ads]);
    }),
  );
  return unparse(fields, rows);
}

/** UTF-8 byte-order mark: without it Excel reads a UTF-8 CSV as the system code page and mangles é, €, ไทย. */
export const BOM = '\uFEFF';

/** A CSV table as a file's text, starting with the byte-order mark. */
export function csvFile(table: string): string {
  return table.startsWith(BOM) ? table : BOM + table;
}
