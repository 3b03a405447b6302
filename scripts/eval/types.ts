/**
 * Every scripts/eval/*.ts module exports `run(corpusDir)`, returning rows that
 * `npm run eval` prints as one table. Scores are 0..1; `target` is the issue's bar, if any.
 */
export interface EvalResult {
  /** e.g. "price strings: amount+currency", "newsletter forms" */
  name: string;
  /** Number of cases measured. */
  n: number;
  precision?: number;
  recall?: number;
  f1?: number;
  accuracy?: number;
  /** Minimum the issue asks for, on the metric named by `targetMetric`. */
  target?: number;
  targetMetric?: 'precision' | 'recall' | 'f1' | 'accuracy';
  note?: string;
}

export type EvalRun = (corpusDir: string) => Promise<EvalResult[]> | EvalResult[];

/** Precision, recall and F1 from counts; 1 when there was nothing to find and nothing found. */
export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
