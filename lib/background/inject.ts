/**
 * Runs the capture in the clipped tab: the page script (isolated world, bundled as /capture.js)
 * and the marketing-globals check in the page's own world. Both need the host access that
 * activeTab grants for this tab; nothing is declared to run on any page by itself.
 */
import { browser } from 'wxt/browser';
import type { PageCapture } from '../messages';
import type { PageCaptureResult } from '../capture/page-capture';
import { presentGlobals } from '../capture/globals';
import { MARKETING_GLOBAL_NAMES } from '../capture/marketing-globals';
import { SIGNATURE_GLOBALS } from '../analyze/signatures/registry';
import { ClipError } from './errors';

/**
 * How long the page may take to answer. The browser waits for a loading page to become idle
 * before it runs a script, and a page can stay loading for ever; past this the clip gives up.
 */
export const INJECT_LIMIT_MS = 10_000;

export async function capturePageIn(tabId: number, limitMs: number = INJECT_LIMIT_MS): Promise<PageCapture> {
  const [page, globals] = await withinLimit(Promise.all([runCaptureScript(tabId), readGlobals(tabId)]), limitMs);
  return { ...page, globals };
}

function withinLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ClipError('page-timeout', Math.round(ms / 1000))), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

async function runCaptureScript(tabId: number): Promise<Omit<PageCapture, 'globals'>> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
  const result = frame?.result as PageCaptureResult | undefined;
  if (!result) throw new ClipError('tab-gone');
  if (!result.ok) {
    if (result.reason === 'too-large') throw new ClipError('too-large', Math.round(result.chars / 1024 / 1024));
    throw new ClipError(result.contentType === 'application/pdf' ? 'pdf' : 'not-page');
  }
  return result.capture;
}

/**
 * Every global a signature looks for, plus the capture's own list (SDKs no signature names yet):
 * a tag a tag manager fired after load is often visible only as its global.
 */
export const GLOBALS_TO_READ: readonly string[] = [...new Set([...MARKETING_GLOBAL_NAMES, ...SIGNATURE_GLOBALS])];

/** Marketing globals present in the page's own world; [] where the browser cannot run code there. */
async function readGlobals(tabId: number): Promise<string[]> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, world: 'MAIN', func: presentGlobals, args: [[...GLOBALS_TO_READ]] });
    return Array.isArray(frame?.result) ? (frame.result as string[]) : [];
  } catch {
    return [];
  }
}
