/**
 * `restoreBackup(text)`: what the `restore` runtime message answers with. Errors come back as
 * one sentence in the user's language ("Nothing was changed: the file is empty."). The panel
 * previews a file first with backup-schema's `parseBackup`.
 */
import { db, type RaceScoutDb } from '../store/db';
import { getSetting } from '../store/queries-plan';
import { makeT, resolveLocale, type LanguageChoice } from '../i18n';
import { applyBackup } from './backup';
import { SETTING } from './settings';

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
