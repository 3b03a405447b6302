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
  const refusal = refusalFor(tab.url);
  if (refusal) throw new ClipError(refusal);
  // The screenshot is taken by the browser while this thread analyses the page.
  const shot = screenshotOf(tab);
  const page = await capturePageIn(tabId);
  const capture: CaptureInput = pick ? { ...page, picked: pick.picked } : page;
  const observation = analyze(capture);
  const screenshot = await croppedTo(pick, await shot);
  return saveClip(capture, observation, screenshot);
}

/** A picked element's screenshot is cropped to it; a page's is kept whole. */
function croppedTo(pick: Pick | undefined, shot: string | null): Promise<string | null> | string | null {
  return pick?.picked.rect && shot ? cropScreenshot(shot, pick.picked.rect, pick.viewport) : shot;
}
