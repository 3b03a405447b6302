/**
 * One clip, start to end: check the tab can be clipped, capture the page (and a screenshot),
 * analyse it, store it in one transaction. Every gesture (toolbar, panel, menu, shortcut,
 * picker) ends here. Throws a ClipError; nothing is stored unless everything succeeded.
 */
import { browser } from 'wxt/browser';
import { analyze } from '../analyze/analyze';
import type { CaptureInput, PickedElement } from '../analyze/types';
import type { Viewport } from '../messages';
import { saveClip } from '../store/queries';
import { refusalFor } from './clippable';
import { ClipError } from './errors';
import { capturePageIn } from './inject';
import { cropScreenshot, screenshotOf } from './screenshot';

export interface Pick {
  picked: PickedElement;
  viewport: Viewport;
}

/** Clips the page in `tabId` (with `pick`, one element of it as an ad); returns the observation id. */
export async function clipTab(tabId: number, pick?: Pick): Promise<number> {
  const tab = await browser.tabs.get(tabId).catch(() => {
    throw new ClipError('tab-gone');
  });
  // Without host access the browser hides the URL: that is "no access", not "browser page".
  const refusal = refusalFor(tab.url);
  if (refusal) throw new ClipError(refusal);
  const [page, viewportShot] = await Promise.all([capturePageIn(tabId), screenshotOf(tab)]);
  const screenshot = pick?.picked.rect && viewportShot ? await cropScreenshot(viewportShot, pick.picked.rect, pick.viewport) : viewportShot;
  const capture: CaptureInput = pick ? { ...page, picked: pick.picked } : page;
  const observation = analyze(capture);
  return saveClip(capture, observation, screenshot);
}
