/**
 * `{ type: 'restore', text }` → `{ ok: true }` | `{ ok: false, error }`: replaces the store with a
 * JSON backup, given whole or gathered from `restore-part` messages (`transfer`).
 */
import type { Handler } from '../messages';
import { restoreBackup } from '../plan/restore';
import { assemble, receivePart } from './transfers';

export const restorePart: Handler<'restore-part'> = async ({ transfer, index, parts, text }) =>
  receivePart(String(transfer), index, parts, text) ? { ok: true } : { ok: false, error: 'this part does not belong to the backup being sent' };

export const restore: Handler<'restore'> = async ({ text: whole, transfer }) => {
  const text = typeof transfer === 'string' ? assemble(transfer) : whole;
  if (typeof text !== 'string') return { ok: false, error: 'restore needs the backup text' };
  try {
    return await restoreBackup(text);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
};
