/**
 * The pictures kept with clips: the viewport, or for a picked ad the crop of the ad (its
 * creative). Only image data: URLs come out, never a URL a page chose, so the panel loads nothing
 * from the web. The save path keeps the picture on the raw capture row so list queries stay light;
 * rows restored from older backups may still hold it on the observation, which is read second.
 */
import type { Id } from '../plan/model';
import { db, type RaceScoutDb } from './db';

const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|webp);base64,/i;

export function isImageData(v: unknown): v is string {
  return typeof v === 'string' && IMAGE_DATA_URL.test(v);
}

/** The stored picture of each clip that has one, by observation id. */
export async function screenshotsOf(observationIds: readonly Id[], database: RaceScoutDb = db): Promise<Map<Id, string>> {
  const out = new Map<Id, string>();
  if (!observationIds.length) return out;
  const captures = await database.captures.where('observationId').anyOf([...observationIds]).toArray();
  for (const c of captures) if (isImageData(c.screenshot)) out.set(c.observationId, c.screenshot);
  const missing = observationIds.filter((id) => !out.has(id));
  if (missing.length) for (const o of await database.observations.bulkGet(missing)) if (o && isImageData(o.screenshot)) out.set(o.id, o.screenshot);
  return out;
}

/** One clip's stored picture, or null. */
export async function clipScreenshot(observationId: Id, database: RaceScoutDb = db): Promise<string | null> {
  return (await screenshotsOf([observationId], database)).get(observationId) ?? null;
}

/** A picked ad's creative: the picture cropped to the picked element (null when the clip is no ad or none was taken). */
export async function adCreative(observationId: Id, database: RaceScoutDb = db): Promise<string | null> {
  const row = await database.observations.get(observationId);
  return row?.kind === 'ad' ? clipScreenshot(observationId, database) : null;
}
