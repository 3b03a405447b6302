/**
 * The analysis pool's time limit and isolation, with stand-in workers (Node has no Web Worker):
 * a runaway job is terminated at its limit and answers AnalysisTimeout, a job beside it still
 * finishes, and the next job after a timeout runs on a fresh worker.
 */
import { describe, expect, it } from 'vitest';
import { AnalysisPool, AnalysisTimeout, type WorkerLike } from '../../lib/analysis/pool';
import { runAnalysisJob, type AnalysisJob } from '../../lib/analysis/job';
import { decodeCapture } from '../../lib/store/capture-codec';
import { fromBase64 } from '../../lib/plan/backup-codec';

/** A worker that runs the real job after a tick, or never answers when the page says "hang". */
function fakeWorker(log: string[]): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => log.push('terminated'),
    postMessage(message: unknown) {
      const { id, job } = message as { id: number; job: AnalysisJob };
      if (job.capture.html.includes('hang')) return;
      setTimeout(() => w.onmessage?.({ data: { id, ok: true, done: runAnalysisJob(job) } } as MessageEvent), 5);
    },
  };
  log.push('spawned');
  return w;
}

const page = (body: string): AnalysisJob => ({ capture: { html: `<html><head><title>t</title></head><body>${body}</body></html>`, url: 'https://shop.test/?access_token=abc123' } });

describe('AnalysisPool', () => {
  it('answers with the observation and the redacted, gzipped capture', async () => {
    const pool = new AnalysisPool(() => fakeWorker([]));
    const done = await pool.run(page('<h1>Hello</h1>'), 5_000);
    expect(done.observation.messaging.headline).toBe('Hello');
    const stored = decodeCapture(fromBase64(done.gzBase64));
    expect(stored.url).toBe('https://shop.test/?access_token=REDACTED');
    expect(stored.html).toContain('<h1>Hello</h1>');
  });

  it('terminates a runaway analysis at its limit while another clip finishes', async () => {
    const log: string[] = [];
    const pool = new AnalysisPool(() => fakeWorker(log));
    const start = performance.now();
    const [slow, fast] = await Promise.allSettled([pool.run(page('hang'), 300), pool.run(page('<h1>ok</h1>'), 5_000)]);
    expect(slow.status === 'rejected' && slow.reason).toBeInstanceOf(AnalysisTimeout);
    expect(fast.status).toBe('fulfilled');
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(log).toContain('terminated');
    // the next job gets a worker that works
    const again = await pool.run(page('<h1>again</h1>'), 5_000);
    expect(again.observation.messaging.headline).toBe('again');
  });
});
