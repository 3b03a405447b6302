/**
 * Newsletter (mailing-list) form detection, scored two ways:
 * - on the formasaurus pages: each <form> in document order against its upstream annotation
 *   ('m' = join mailing list). Forms marked not annotated or skip are left out; a page whose form
 *   count differs from the annotation is counted and skipped. Reported on all pages, then on the
 *   tune and holdout halves of the pages (scripts/eval/split.ts); misses are listed for the tune
 *   half only.
 * - on hand labels of other corpus pages (tests/labels/forms.json, read from each page), all of
 *   them holdout: the same per-form score, and per page whether it shows a sign-up form at all
 *   (what the e-mail capture claim says), so an e-mail tool without a form is not a sign-up.
 *   Their misses are not listed either.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { classifyForms, extractEmailCapture } from '../../lib/analyze/extractors/email-capture';
import { detectTechnologies } from '../../lib/analyze/signatures/detect';
import labels from '../../tests/labels/forms.json';
import { halfName, halfOf, HALVES, type Half } from './split';
import { prf, type EvalResult } from './types';

interface Page {
  url: string;
  forms: string[];
}

export interface FormLabel {
  /** Relative to the corpus folder. */
  path: string;
  url: string;
  /** One letter per <form> in document order, formasaurus' letters (m = mailing-list sign-up). */
  forms: string[];
  /** The page shows a newsletter sign-up form (a <form> or a widget built without one). */
  signup: boolean;
  note: string;
}

export const FORM_LABELS: readonly FormLabel[] = labels;

const UNLABELLED = new Set(['X', '-']);
export const NEWSLETTER_TARGET = 0.93;

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  n: number;
  misaligned: number;
  errors: string[];
}

export function run(corpusDir: string): EvalResult[] {
  const up = scoreFormasaurus(corpusDir);
  const own = scoreHandLabels(corpusDir);
  return [
    row('newsletter forms (formasaurus)', up.all, false),
    ...HALVES.map((h) => row(halfName('newsletter forms', h), up.halves[h], h === 'tune')),
    row(halfName('newsletter forms (new hand labels, tests/labels/forms.json)', 'holdout'), own.forms, false),
    row(halfName('newsletter sign-up per page (new hand labels)', 'holdout'), own.pages, false),
  ];
}

export function scoreFormasaurus(corpusDir: string): { all: Tally; halves: Record<Half, Tally> } {
  const dir = join(corpusDir, 'formasaurus');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Record<string, Page>;
  const all = tally();
  const halves: Record<Half, Tally> = { tune: tally(), holdout: tally() };
  for (const [path, page] of Object.entries(index)) {
    const doc = parsePage(readFileSync(join(dir, path), 'utf8'), page.url);
    const kinds = classifyForms(doc).filter((f) => f.el.name === 'form').map((f) => f.kind);
    // Keys match the offer labels' paths, so a page falls in the same half in every set.
    for (const t of [all, halves[halfOf(`formasaurus/${path}`)]]) count(t, path, page.forms, kinds);
  }
  return { all, halves };
}

export function scoreHandLabels(corpusDir: string, list: readonly FormLabel[] = FORM_LABELS): { forms: Tally; pages: Tally } {
  const forms = tally();
  const pages = tally();
  for (const label of list) {
    const html = readFileSync(join(corpusDir, label.path), 'utf8');
    const name = shortName(label.path);
    const doc = parsePage(html, label.url);
    count(forms, name, label.forms, classifyForms(doc).filter((f) => f.el.name === 'form').map((f) => f.kind));
    const claims = extractEmailCapture(doc, detectTechnologies(doc, { html, url: label.url })).signupForm === true;
    pages.n++;
    if (claims && label.signup) pages.tp++;
    else if (claims) {
      pages.fp++;
      pages.errors.push(`FP ${name}`);
    } else if (label.signup) {
      pages.fn++;
      pages.errors.push(`FN ${name}`);
    }
  }
  return { forms, pages };
}

function tally(): Tally {
  return { tp: 0, fp: 0, fn: 0, n: 0, misaligned: 0, errors: [] };
}

/** Scores one page's <form> kinds against its letters in document order. */
function count(t: Tally, name: string, letters: readonly string[], kinds: string[]): void {
  if (kinds.length !== letters.length) {
    t.misaligned++;
    t.errors.push(`MISALIGNED ${name} (${kinds.length} forms, ${letters.length} labels)`);
    return;
  }
  letters.forEach((label, i) => {
    if (UNLABELLED.has(label)) return;
    t.n++;
    const isM = label === 'm';
    const saysM = kinds[i] === 'newsletter';
    if (isM && saysM) t.tp++;
    else if (saysM) {
      t.fp++;
      t.errors.push(`FP ${name}#${i} (${label})`);
    } else if (isM) {
      t.fn++;
      t.errors.push(`FN ${name}#${i} → ${kinds[i]}`);
    }
  });
}

function row(name: string, t: Tally, showMisses: boolean): EvalResult {
  const misses = showMisses ? t.errors.join('; ') : 'misses not listed outside the tune half';
  return { name, n: t.n, ...prf(t.tp, t.fp, t.fn), target: NEWSLETTER_TARGET, targetMetric: 'f1', note: `${t.misaligned} pages skipped (form count differs); ${misses}` };
}

/** "metascraper/.../integration/wired/input.html" → "wired"; "recipe-scrapers-subset/test_data/x/y.testhtml" → "x" */
function shortName(path: string): string {
  const parts = path.split('/');
  const last = parts[parts.length - 1];
  return last.startsWith('input.') || last.endsWith('.testhtml') ? parts[parts.length - 2] : last;
}
