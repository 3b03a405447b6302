/** `{ type: 'export', format, table? }` → `{ ok: true, text }`: the plan, CSV or JSON backup (lib/plan/export.ts). */
import type { Handler } from '../messages';
import { exportData } from '../plan/export';

export const exportHandler: Handler<'export'> = async ({ format, table }) => {
  try {
    return { ok: true, text: await exportData(format, { table }) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
};
