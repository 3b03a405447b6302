/** The Web Worker that analyses clips (lib/analysis/pool.ts starts it): one job a message. */
import { analyze } from '../analyze/analyze';
import { runAnalysisJob, type AnalysisJob } from './job';
import { WARM_SAMPLE } from './warm-sample';

interface Request {
  id: number;
  job: AnalysisJob;
}

self.onmessage = (e: MessageEvent<Request>) => {
  const { id, job } = e.data;
  try {
    self.postMessage({ id, ok: true, done: runAnalysisJob(job) });
  } catch (err) {
    self.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};

// Pay the analyzer's first-use cost now, before a clip waits for it.
try {
  analyze({ html: WARM_SAMPLE, url: 'https://shop.example.co.th/p/1', resources: ['https://connect.facebook.net/en_US/fbevents.js'], globals: ['fbq', 'dataLayer'] });
} catch {
  // a warm-up failure is not the user's problem; the real clip reports its own
}
