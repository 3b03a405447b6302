/**
 * The weekly digest section of the exported plan: what watched pages changed in the last seven
 * days, one line per confirmed change grouped per competitor, and which watches fail or need a
 * rendered check. Pure: it takes the rows, the exporter reads them from the store.
 */
import type { I18n } from '../i18n';
import { changeLine } from '../watch/lines';
import type { WatchChange } from '../watch/types';
import { mdLink, mdText } from './markdown';

export const DIGEST_DAYS = 7;

export interface DigestChange extends WatchChange {
  competitorName: string;
  url: string;
  at: string;
}

export interface DigestInput {
  since: string;
  watches: { url: string; failing: boolean; needsRendered: boolean }[];
  changes: DigestChange[];
}

export function digestSince(now: Date): string {
  return new Date(now.getTime() - DIGEST_DAYS * 24 * 3_600_000).toISOString();
}

/** Markdown lines of the section; none when nothing is watched. */
export function digestSection(d: DigestInput, i: I18n): string[] {
  if (!d.watches.length) return [];
  const { t } = i;
  const recent = d.changes.filter((c) => c.at >= d.since).sort((a, b) => b.at.localeCompare(a.at));
  const failing = d.watches.filter((w) => w.failing).length;
  const out = [`## ${t('md_digest')}`, '', t('md_digest_summary', i.number(d.watches.length), i.number(failing), i.number(recent.length), i.date(d.since)), ''];
  if (!recent.length) out.push(t('md_digest_none'), '');
  const groups = new Map<string, DigestChange[]>();
  for (const c of recent) groups.set(c.competitorName, [...(groups.get(c.competitorName) ?? []), c]);
  for (const [name, changes] of groups) {
    out.push(`### ${mdText(name)}`, '');
    for (const c of changes) out.push(`- ${mdText(changeLine(t, name, c))} (${i.date(c.at)}, ${mdLink(new URL(c.url).pathname || '/', c.url)})`);
    out.push('');
  }
  const rendered = d.watches.filter((w) => w.needsRendered);
  if (rendered.length) out.push(t('md_digest_needs_rendered', rendered.map((w) => mdLink(w.url, w.url)).join(', ')), '');
  return out;
}
