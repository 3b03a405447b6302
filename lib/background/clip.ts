/**
 * One clip, start to end: check the tab can be clipped, capture the page (and a screenshot),
 * analyse it, store it in one transaction. Every gesture (toolbar, panel, menu, shortcut,
 * picker) ends here. Throws a ClipError; nothing is stored unless everything succeeded.
 */
import { analyze } from '../analyze/analyze';
import type { CaptureInput, PickedElement } from '../analyze/types';
import type { ClipTimings, Viewport } from '../messages';
import { saveClip } from '../store/queries';
import { clippableTab } from './clippable-tab';
import { capturePageIn } from './inject';
import { cropScreenshot, screenshotOf } from './screenshot';

export interface Pick {
  picked: PickedElement;
  viewport: Viewport;
}

export interface ClipOutcome {
  observationId: number;
  timings: ClipTimings;
}

/** Clips the page in `tabId` (with `pick`, one element of it as an ad). */
export async function clipTab(tabId: number, pick?: Pick): Promise<ClipOutcome> {
  const t0 = performance.now();
  const tab = await clippableTab(tabId);
  // The screenshot is taken by the browser while this thread analyses the page.
  const shot = screenshotOf(tab);
  const page = await capturePageIn(tabId);
  const t1 = performance.now();
  const capture: CaptureInput = pick ? { ...page, picked: pick.picked } : page;
  const observation = analyze(capture);
  const t2 = performance.now();
  const screenshot = await croppedTo(pick, await shot);
  const t3 = performance.now();
  const observationId = await saveClip(capture, observation, screenshot);
  const t4 = performance.now();
  const ms = (a: number, b: number) => Math.round(b - a);
  return { observationId, timings: { capture: ms(t0, t1), analyze: ms(t1, t2), screenshotWait: ms(t2, t3), save: ms(t3, t4), total: ms(t0, t4), htmlChars: page.html.length } };
}

/** A picked element's screenshot is cropped to it; a page's is kept whole. */
function croppedTo(pick: Pick | undefined, shot: string | null): Promise<string | null> | string | null {
  return pick?.picked.rect && shot ? cropScreenshot(shot, pick.picked.rect, pick.viewport) : shot;
}
