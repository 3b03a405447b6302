/**
 * `{ type: 'restore', text }` → `{ ok: true }` | `{ ok: false, error }`: replaces the store with a
 * JSON backup (lib/store/backup.ts). Errors come back as one sentence in the user's language
 * ("Nothing was changed: the file is empty."). The panel previews a file first with
 * lib/plan/backup-schema's `parseBackup`.
 */
import type { Handler } from '../messages';
import { db, type RaceScoutDb } from '../store/db';
import { getSetting } from '../store/queries-plan';
import { applyBackup } from '../store/backup';
import { makeT, resolveLocale, type LanguageChoice } from '../i18n';
import { SETTING } from '../plan/settings';

async function translator(database: RaceScoutDb) {
  const choice = await getSetting<LanguageChoice>(SETTING.language, database).catch(() => undefined);
  return makeT(resolveLocale(choice, globalThis.navigator?.language));
}

export async function restoreBackup(text: string, database: RaceScoutDb = db): Promise<{ ok: true } | { ok: false; error: string }> {
  const r = await applyBackup(database, text);
  if (r.ok) return { ok: true };
  // Nothing was changed, so the stored language is still the one the user chose.
  const t = await translator(database);
  return { ok: false, error: t('restore_error', t(r.error.key, ...r.error.params)) };
}

export const restore: Handler<'restore'> = async ({ text }) => {
  if (typeof text !== 'string') return { ok: false, error: 'restore needs the backup text' };
  try {
    return await restoreBackup(text);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
};
