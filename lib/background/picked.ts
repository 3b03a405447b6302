/**
 * `{ type: 'picked', picked, viewport }` from the picker in a page: clips that page with the
 * picked element, whose screenshot is cropped to it; the analyzer's picked-ad adapter reads it
 * as an ad.
 */
import type { Handler } from '../messages';
import { clipTab } from './clip';
import { clipAnswer } from './clip-answer';
import { ClipError } from './errors';

export const picked: Handler<'picked'> = ({ picked, viewport }, sender) => {
  const tabId = sender.tab?.id;
  return clipAnswer(tabId, () => (tabId === undefined ? Promise.reject(new ClipError('tab-gone')) : clipTab(tabId, { picked, viewport })));
};
