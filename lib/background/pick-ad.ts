/**
 * `{ type: 'pick-ad', tabId }`: starts the element picker in that tab (injected on demand, like
 * the capture script). The pick itself arrives later as a `picked` message from the page.
 */
import { browser } from 'wxt/browser';
import type { Handler } from '../messages';
import { clippableTab } from './clippable-tab';
import { clipErrorText } from './errors';

export async function startPickerIn(tabId: number): Promise<void> {
  await clippableTab(tabId);
  await browser.scripting.executeScript({ target: { tabId }, files: ['/picker.js'] });
}

export const pickAd: Handler<'pick-ad'> = async ({ tabId }) => {
  try {
    await startPickerIn(tabId);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: await clipErrorText(e) };
  }
};
