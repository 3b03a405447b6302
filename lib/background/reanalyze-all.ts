/** `{ type: 'reanalyze-all' }`: derives every stored observation again from its raw capture with the current analyzer (off the message path, like a clip). */
import type { Handler } from '../messages';
import { reanalyzeAll } from '../store/queries';
import { analyseCapture } from './analysis';

export const reanalyzeAllHandler: Handler<'reanalyze-all'> = async () => {
  try {
    return { ok: true, ...(await reanalyzeAll(async (capture) => (await analyseCapture(capture)).observation)) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
};
