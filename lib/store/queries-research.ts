/**
 * Queries of the research views (swipe file, search landscape): the user's ad labels and the
 * stored pictures of clips. Like every query module, the database is an optional last argument.
 */
import type { AdLabels } from '../plan/ads';
import { db, type RaceScoutDb } from './db';

/** Tags and boards per ad key. */
export async function adLabels(database: RaceScoutDb = db): Promise<Map<string, AdLabels>> {
  const rows = await database.adLabels.toArray();
  return new Map(rows.map((r) => [r.key, { tags: r.tags, boards: r.boards }]));
}

const clean = (list: readonly string[]) => [...new Set(list.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));

/** Replaces an ad's labels; an ad with none keeps no row. */
export async function setAdLabels(key: string, labels: AdLabels, database: RaceScoutDb = db): Promise<void> {
  const tags = clean(labels.tags);
  const boards = clean(labels.boards);
  if (!tags.length && !boards.length) return void (await database.adLabels.delete(key));
  await database.adLabels.put({ key, tags, boards, updatedAt: new Date().toISOString() });
}
