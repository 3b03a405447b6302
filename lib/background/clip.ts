/**
 * One clip, start to end: check the tab can be clipped, capture the page (and a screenshot),
 * analyse it, store it in one transaction. Every gesture (toolbar, panel, menu, shortcut,
 * picker) ends here. Throws a ClipError; nothing is stored unless everything succeeded.
 */
import type { CaptureInput, PickedElement } from '../analyze/types';
import type { ClipTimings, Viewport } from '../messages';
import { fromBase64 } from '../plan/backup-codec';
import { saveEncodedClip } from '../store/queries';
import { analyseCapture } from './analysis';
import { clippableTab } from './clippable-tab';
import { ClipError } from './errors';
import { capturePageIn } from './inject';
import { cropScreenshot, screenshotOf } from './screenshot';

/**
 * Every clip answers within this, whatever the page: reading the page (inject.ts' limit) and
 * analysing it (analysis.ts' limit) each have their own, and this one covers the rest. A clip
 * past it stores nothing, even if its work finishes later.
 */
export const CLIP_LIMIT_MS = 19_000;

export interface Pick {
  picked: PickedElement;
  viewport: Viewport;
}

export interface ClipOutcome {
  observationId: number;
  timings: ClipTimings;
}

/** Clips the page in `tabId` (with `pick`, one element of it as an ad). */
export async function clipTab(tabId: number, pick?: Pick, limitMs: number = CLIP_LIMIT_MS): Promise<ClipOutcome> {
  const t0 = performance.now();
  /** Past the limit, less `marginMs` for the work still to do. */
  const late = (marginMs: number) => performance.now() - t0 > limitMs - marginMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ClipError('too-slow', Math.round(limitMs / 1000))), limitMs);
  });
  const work = (async () => {
    const tab = await clippableTab(tabId);
    // The screenshot is taken by the browser while the page is read and analysed.
    const shot = screenshotOf(tab);
    const page = await capturePageIn(tabId);
    const t1 = performance.now();
    const capture: CaptureInput = pick ? { ...page, picked: pick.picked } : page;
    const done = await analyseCapture(capture);
    const t2 = performance.now();
    const screenshot = await croppedTo(pick, await shot);
    const t3 = performance.now();
    // The clip already answered "too slow": storing it now would contradict the answer.
    if (late(1_000)) throw new ClipError('too-slow', Math.round(limitMs / 1000));
    const observationId = await saveEncodedClip({ gz: fromBase64(done.gzBase64), bytes: done.bytes }, done.capture, done.observation, screenshot);
    const t4 = performance.now();
    const ms = (a: number, b: number) => Math.round(b - a);
    return { observationId, timings: { capture: ms(t0, t1), analyze: ms(t1, t2), screenshotWait: ms(t2, t3), save: ms(t3, t4), total: ms(t0, t4), htmlChars: page.html.length } };
  })();
  // After the limit answered, the abandoned work's own failure is no one's concern.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** A picked element's screenshot is cropped to it; a page's is kept whole. */
function croppedTo(pick: Pick | undefined, shot: string | null): Promise<string | null> | string | null {
  return pick?.picked.rect && shot ? cropScreenshot(shot, pick.picked.rect, pick.viewport) : shot;
}
