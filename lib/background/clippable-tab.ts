/** The tab a gesture named, if it still exists and may be clipped; otherwise the ClipError why not. */
import { browser } from 'wxt/browser';
import { refusalFor } from './clippable';
import { ClipError } from './errors';

export async function clippableTab(tabId: number) {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) throw new ClipError('tab-gone');
  const refusal = refusalFor(tab.url);
  if (refusal) throw new ClipError(refusal);
  return tab;
}
