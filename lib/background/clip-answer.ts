/** Runs a clip and turns its outcome into the protocol's answer (errors in the user's words). */
import type { Answer } from '../messages';
import type { ClipOutcome } from './clip';
import { clipErrorText } from './errors';
import { flashBadge } from './badge';

export async function clipAnswer(tabId: number | undefined, run: () => Promise<ClipOutcome>): Promise<Answer<'capture-tab'>> {
  try {
    const { observationId, timings } = await run();
    void flashBadge(tabId, 'ok');
    return { ok: true, observationId, timings };
  } catch (e) {
    void flashBadge(tabId, 'error');
    return { ok: false, error: await clipErrorText(e) };
  }
}
