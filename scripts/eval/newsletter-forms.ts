/**
 * Newsletter (mailing-list) form detection on the formasaurus pages: each <form> in document
 * order against its annotation ('m' = join mailing list). Forms marked not annotated or skip
 * are left out; a page whose form count differs from the annotation is counted and skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { classifyForms } from '../../lib/analyze/extractors/email-capture';
import { prf, type EvalResult } from './types';

interface Page {
  url: string;
  forms: string[];
}

const UNLABELLED = new Set(['X', '-']);

export function run(corpusDir: string): EvalResult[] {
  const dir = join(corpusDir, 'formasaurus');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Record<string, Page>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let misaligned = 0;
  let n = 0;
  const errors: string[] = [];
  for (const [path, page] of Object.entries(index)) {
    const doc = parsePage(readFileSync(join(dir, path), 'utf8'), page.url);
    const got = classifyForms(doc).filter((f) => f.el.name === 'form');
    if (got.length !== page.forms.length) {
      misaligned++;
      continue;
    }
    page.forms.forEach((label, i) => {
      if (UNLABELLED.has(label)) return;
      n++;
      const isM = label === 'm';
      const saysM = got[i].kind === 'newsletter';
      if (isM && saysM) tp++;
      else if (saysM) {
        fp++;
        errors.push(`FP ${path}#${i} (${label})`);
      } else if (isM) {
        fn++;
        errors.push(`FN ${path}#${i} → ${got[i].kind}`);
      }
    });
  }
  return [{ name: 'newsletter forms (formasaurus)', n, ...prf(tp, fp, fn), target: 0.9, targetMetric: 'f1', note: `${misaligned} pages skipped (form count differs); ${errors.join('; ')}` }];
}
