/**
 * Where a clip's analysis runs, off the message path: in Chromium an offscreen document's Web
 * Worker (an MV3 service worker cannot start workers), in Firefox's background page a Web Worker
 * directly, and in Node tests in-thread. Either way it answers within `limitMs` or fails with
 * ClipError('too-slow'), and a runaway worker is terminated.
 */
import { browser } from 'wxt/browser';
import type { CaptureInput } from '../analyze/types';
import { runAnalysisJob, type AnalysisDone } from '../analysis/job';
import { AnalysisPool, AnalysisTimeout } from '../analysis/pool';
import type { OffscreenAnalyze, OffscreenAnswer } from '../messages';
import { ClipError } from './errors';

/** How long one clip's analysis may take. */
export const ANALYSIS_LIMIT_MS = 12_000;
const OFFSCREEN_URL = 'offscreen.html';

export async function analyseCapture(capture: CaptureInput, limitMs: number = ANALYSIS_LIMIT_MS): Promise<AnalysisDone> {
  const job = { capture };
  if (typeof browser.offscreen?.createDocument === 'function') return inOffscreen({ target: 'offscreen', type: 'analyze', job, limitMs });
  if (typeof Worker !== 'undefined') return inWorker(job, limitMs);
  return runAnalysisJob(job);
}

let pool: AnalysisPool | null = null;

async function inWorker(job: { capture: CaptureInput }, limitMs: number): Promise<AnalysisDone> {
  pool ??= new AnalysisPool();
  try {
    return await pool.run(job, limitMs);
  } catch (e) {
    throw e instanceof AnalysisTimeout ? new ClipError('too-slow', Math.round(limitMs / 1000)) : e;
  }
}

async function inOffscreen(message: OffscreenAnalyze): Promise<AnalysisDone> {
  await ensureOffscreen();
  // The document enforces the limit; this timer only covers a document that never answers.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const backstop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ClipError('too-slow', Math.round(message.limitMs / 1000))), message.limitMs + 3_000);
  });
  try {
    const answer = (await Promise.race([browser.runtime.sendMessage(message), backstop])) as OffscreenAnswer | undefined;
    if (!answer) throw new Error('no answer from the analysis');
    if (!answer.ok) throw answer.timeout ? new ClipError('too-slow', Math.round(message.limitMs / 1000)) : new Error(answer.error);
    return answer.done;
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the analysis' document (and so its warm worker) before the first clip, where there is one. */
export function prepareAnalysis(): void {
  if (typeof browser.offscreen?.createDocument === 'function') void ensureOffscreen().catch(() => undefined);
}

let creating: Promise<void> | null = null;

/** One offscreen document per extension; created on the first clip and kept. */
async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(`/${OFFSCREEN_URL}`);
  const contexts = await browser.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT' as never], documentUrls: [url] }).catch(() => []);
  if (contexts?.length) return;
  creating ??= browser.offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: ['WORKERS' as never], justification: 'Analyse clipped pages in a worker, off the message path.' })
    .catch((e: unknown) => {
      // Two clips at once may both try; one document is enough.
      if (!/single offscreen|already exists/i.test(String(e))) throw e;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}
