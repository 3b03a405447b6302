/**
 * `{ type: 'export', format, table? }` → `{ ok: true, text }`: the plan, CSV or JSON backup
 * (lib/plan/export.ts); a text past one message's size is answered in parts (transfers.ts).
 */
import type { Handler } from '../messages';
import { exportData } from '../plan/export';
import { offer, takePart } from './transfers';

export const exportHandler: Handler<'export'> = async ({ format, table }) => {
  try {
    return { ok: true, ...offer(await exportData(format, { table })) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
};

export const exportPart: Handler<'export-part'> = async ({ transfer, index }) => {
  const text = takePart(String(transfer), Number(index));
  return text === null ? { ok: false, error: 'this export is no longer held; export again' } : { ok: true, text };
};
