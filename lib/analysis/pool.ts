/**
 * Analyses clips in Web Workers, each with a time limit: a hostile page's analysis runs on a
 * thread of its own, so messages and other clips are answered meanwhile, and at the limit its
 * worker is terminated (which frees its CPU and memory at once; a timeout alone would not).
 * Idle workers are kept warm (the analyzer compiles its signatures once per worker).
 */
import AnalysisWorker from './analysis.worker?worker';
import type { AnalysisDone, AnalysisJob } from './job';

/** Clips analysed at the same time; more wait their turn (each still within its own limit). */
const MAX_WORKERS = 3;
/** Warm workers kept for the next clip. */
const MAX_IDLE = 1;

export class AnalysisTimeout extends Error {
  constructor(readonly ms: number) {
    super(`analysis took longer than ${ms} ms`);
    this.name = 'AnalysisTimeout';
  }
}

type Reply = { id: number; ok: true; done: AnalysisDone } | { id: number; ok: false; error: string };

export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export class AnalysisPool {
  private idle: WorkerLike[] = [];
  private busy = 0;
  private waiting: (() => void)[] = [];
  private nextId = 1;

  constructor(private readonly spawn: () => WorkerLike = () => new AnalysisWorker() as unknown as WorkerLike) {}

  /** Starts a worker ahead of the first clip (it warms the analyzer as it starts). */
  warm(): void {
    if (!this.idle.length && !this.busy) this.idle.push(this.spawn());
  }

  /** Runs `job` in a worker; rejects with AnalysisTimeout after `limitMs`. */
  async run(job: AnalysisJob, limitMs: number): Promise<AnalysisDone> {
    const started = performance.now();
    while (this.busy >= MAX_WORKERS) await new Promise<void>((r) => this.waiting.push(r));
    const left = limitMs - (performance.now() - started);
    if (left <= 0) throw new AnalysisTimeout(limitMs);
    this.busy++;
    const worker = this.idle.pop() ?? this.spawn();
    const id = this.nextId++;
    try {
      const done = await new Promise<AnalysisDone>((resolve, reject) => {
        const timer = setTimeout(() => {
          worker.terminate();
          reject(new AnalysisTimeout(limitMs));
        }, left);
        worker.onmessage = (e: MessageEvent<Reply>) => {
          if (e.data?.id !== id) return;
          clearTimeout(timer);
          if (e.data.ok) resolve(e.data.done);
          else reject(new Error(e.data.error));
        };
        worker.onerror = (e) => {
          clearTimeout(timer);
          worker.terminate();
          reject(new Error(e.message || 'analysis worker failed'));
        };
        worker.postMessage({ id, job });
      });
      if (this.idle.length < MAX_IDLE) this.idle.push(worker);
      else worker.terminate();
      return done;
    } catch (e) {
      worker.terminate();
      throw e;
    } finally {
      this.busy--;
      this.waiting.shift()?.();
    }
  }
}
