/**
 * One clip's CPU work, wherever it runs (a Web Worker, or in-thread in Node tests): the last
 * redaction, the analysis and the gzip of the raw capture. Returns plain data only, so the result
 * crosses a worker boundary and a runtime message unchanged (the gzip as base64: extension
 * messages are JSON).
 */
import { analyze } from '../analyze/analyze';
import type { CaptureInput, Observation } from '../analyze/types';
import { redactCapture } from '../capture/redact-capture';
import { encodeCapture } from '../store/capture-codec';
import { toBase64 } from '../plan/backup-codec';

export interface AnalysisJob {
  capture: CaptureInput;
}

export interface AnalysisDone {
  /** The capture as it will be stored (redacted). */
  capture: CaptureInput;
  observation: Observation;
  gzBase64: string;
  bytes: number;
  ms: number;
}

export function runAnalysisJob(job: AnalysisJob): AnalysisDone {
  const t0 = performance.now();
  const capture = redactCapture(job.capture);
  const observation = analyze(capture);
  const { gz, bytes } = encodeCapture(capture);
  // The stored capture is the redacted one; its html is not sent back (the gzip holds it).
  return { capture: { ...capture, html: '' }, observation, gzBase64: toBase64(gz), bytes, ms: Math.round(performance.now() - t0) };
}
