/**
 * Host access per watched origin. The shipped manifest has none; the panel asks for one origin
 * when the user chooses to watch a page there. Access the user removed in the browser pauses that
 * site's watches (shown as "access removed") until it is granted again.
 */
import { browser } from 'wxt/browser';
import { db, type RaceScoutDb } from '../store/db';
import { setRevoked } from '../store/watches';

/** The permission pattern of one origin (`https://shop.test/*`). */
export const originPattern = (origin: string) => `${origin}/*`;

export async function mayRead(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/** Marks every watch revoked or not by what the browser allows now; returns the origins without access. */
export async function refreshAccess(database: RaceScoutDb = db): Promise<string[]> {
  const origins = [...new Set((await database.watches.toArray()).map((w) => w.origin))];
  const allowed = await Promise.all(origins.map(mayRead));
  const denied = origins.filter((_, i) => !allowed[i]);
  await setRevoked(denied, true, database);
  await setRevoked(origins.filter((_, i) => allowed[i]), false, database);
  return denied;
}
