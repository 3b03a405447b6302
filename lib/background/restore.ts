/** `{ type: 'restore', text }` → `{ ok: true }` | `{ ok: false, error }`: replaces the store with a JSON backup. */
import type { Handler } from '../messages';
import { restoreBackup } from '../plan/restore';

export const restore: Handler<'restore'> = async ({ text }) => {
  if (typeof text !== 'string') return { ok: false, error: 'restore needs the backup text' };
  try {
    return await restoreBackup(text);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
};
