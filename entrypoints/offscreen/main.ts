/**
 * The offscreen document (Chromium): the service worker sends each clip's analysis here
 * (`OffscreenAnalyze`), and it runs in a Web Worker with a time limit (lib/analysis/pool.ts),
 * so the service worker stays free to answer other messages meanwhile.
 */
import { browser } from 'wxt/browser';
import { AnalysisPool, AnalysisTimeout } from '../../lib/analysis/pool';
import type { OffscreenAnalyze, OffscreenAnswer } from '../../lib/messages';

const pool = new AnalysisPool();
pool.warm();

const isJob = (m: unknown): m is OffscreenAnalyze => !!m && typeof m === 'object' && (m as OffscreenAnalyze).target === 'offscreen' && (m as OffscreenAnalyze).type === 'analyze';

browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (a: OffscreenAnswer) => void) => {
  if (!isJob(message)) return false;
  pool.run(message.job, message.limitMs).then(
    (done) => sendResponse({ ok: true, done }),
    (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e), timeout: e instanceof AnalysisTimeout }),
  );
  return true;
});
