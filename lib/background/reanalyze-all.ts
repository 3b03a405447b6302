/** `{ type: 'reanalyze-all' }`: derives every stored observation again from its raw capture with the current analyzer. */
import { analyze } from '../analyze/analyze';
import type { Handler } from '../messages';
import { reanalyzeAll } from '../store/queries';

export const reanalyzeAllHandler: Handler<'reanalyze-all'> = async () => {
  try {
    return { ok: true, ...(await reanalyzeAll(analyze)) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
};
