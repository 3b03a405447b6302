/**
 * `previewBackup(text)` and `restoreBackup(text)`: what the panel shows before restoring and what
 * the `restore` runtime message answers with. Errors come back as one sentence in the user's
 * language ("Nothing was changed: the file is empty.").
 */
import { db, type RaceScoutDb } from '../store/db';
import { getSetting } from '../store/queries-plan';
import { makeT, resolveLocale, type LanguageChoice } from '../i18n';
import { applyBackup } from './backup';
import { previewBackup as parse, type BackupPreview } from './backup-schema';
import { SETTING } from './settings';

async function translator(database: RaceScoutDb) {
  const choice = await getSetting<LanguageChoice>(SETTING.language, database).catch(() => undefined);
  return makeT(resolveLocale(choice, globalThis.navigator?.language));
}

export function previewBackup(text: string): { ok: true; preview: BackupPreview } | { ok: false; error: string } {
  const p = parse(text);
  if (p.ok) return { ok: true, preview: p.preview };
  const t = makeT(resolveLocale('auto', globalThis.navigator?.language));
  return { ok: false, error: t('restore_error', t(p.error.key, ...p.error.params)) };
}

export async function restoreBackup(text: string, database: RaceScoutDb = db): Promise<{ ok: true } | { ok: false; error: string }> {
  const r = await applyBackup(database, text);
  if (r.ok) return { ok: true };
  // Translate after the attempt: a successful restore may have changed the language setting.
  const t = await translator(database);
  return { ok: false, error: t('restore_error', t(r.error.key, ...r.error.params)) };
}
