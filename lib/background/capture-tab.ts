/** `{ type: 'capture-tab', tabId }` → `{ ok: true, observationId }` | `{ ok: false, error }` */
import type { Handler } from '../messages';
import { clipTab } from './clip';
import { clipAnswer } from './clip-answer';

export const captureTab: Handler<'capture-tab'> = ({ tabId }) => clipAnswer(tabId, () => clipTab(tabId));
