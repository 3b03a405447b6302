/**
 * Newsletter (mailing-list) form detection on the formasaurus pages: each <form> in document
 * order against its annotation ('m' = join mailing list). Forms marked not annotated or skip
 * are left out; a page whose form count differs from the annotation is counted and skipped.
 * Reported on all pages, then on the tune and holdout halves of the pages (scripts/eval/split.ts);
 * the misses are listed for the tune half only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { classifyForms } from '../../lib/analyze/extractors/email-capture';
import { halfName, halfOf, HALVES, type Half } from './split';
import { prf, type EvalResult } from './types';

interface Page {
  url: string;
  forms: string[];
}

const UNLABELLED = new Set(['X', '-']);

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  n: number;
  misaligned: number;
  errors: string[];
}

export function run(corpusDir: string): EvalResult[] {
  const dir = join(corpusDir, 'formasaurus');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Record<string, Page>;
  const all = tally();
  const halves: Record<Half, Tally> = { tune: tally(), holdout: tally() };
  for (const [path, page] of Object.entries(index)) {
    const doc = parsePage(readFileSync(join(dir, path), 'utf8'), page.url);
    const got = classifyForms(doc).filter((f) => f.el.name === 'form');
    // Keys match the offer labels' paths, so a page falls in the same half in every set.
    for (const t of [all, halves[halfOf(`formasaurus/${path}`)]]) count(t, path, page, got.map((f) => f.kind));
  }
  return [
    row('newsletter forms (formasaurus)', all, false),
    ...HALVES.map((h) => row(halfName('newsletter forms', h), halves[h], h === 'tune')),
  ];
}

function tally(): Tally {
  return { tp: 0, fp: 0, fn: 0, n: 0, misaligned: 0, errors: [] };
}

function count(t: Tally, path: string, page: Page, kinds: string[]): void {
  if (kinds.length !== page.forms.length) {
    t.misaligned++;
    return;
  }
  page.forms.forEach((label, i) => {
    if (UNLABELLED.has(label)) return;
    t.n++;
    const isM = label === 'm';
    const saysM = kinds[i] === 'newsletter';
    if (isM && saysM) t.tp++;
    else if (saysM) {
      t.fp++;
      t.errors.push(`FP ${path}#${i} (${label})`);
    } else if (isM) {
      t.fn++;
      t.errors.push(`FN ${path}#${i} → ${kinds[i]}`);
    }
  });
}

function row(name: string, t: Tally, showMisses: boolean): EvalResult {
  const misses = showMisses ? t.errors.join('; ') : 'misses not listed outside the tune half';
  return { name, n: t.n, ...prf(t.tp, t.fp, t.fn), target: 0.9, targetMetric: 'f1', note: `${t.misaligned} pages skipped (form count differs); ${misses}` };
}
