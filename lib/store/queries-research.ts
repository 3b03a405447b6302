/**
 * Queries of the research views (swipe file, search landscape): the user's ad labels and the
 * stored pictures of clips. Like every query module, the database is an optional last argument.
 */
import type { AdLabels } from '../plan/ads';
import type { Id } from '../plan/model';
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

/**
 * The stored picture of each clip that has one (the picked element's crop for a picked ad, the
 * viewport otherwise), as image data: URLs only: the panel never loads a URL a page chose.
 */
export async function screenshotsOf(observationIds: readonly Id[], database: RaceScoutDb = db): Promise<Map<Id, string>> {
  const out = new Map<Id, string>();
  if (!observationIds.length) return out;
  const captures = await database.captures.where('observationId').anyOf([...observationIds]).toArray();
  for (const c of captures) if (isImageData(c.screenshot)) out.set(c.observationId, c.screenshot);
  const missing = observationIds.filter((id) => !out.has(id));
  if (missing.length) for (const o of await database.observations.bulkGet(missing)) if (o && isImageData(o.screenshot)) out.set(o.id, o.screenshot);
  return out;
}

function isImageData(v: unknown): v is string {
  return typeof v === 'string' && /^data:image\/(?:png|jpeg|webp);base64,/i.test(v);
}
