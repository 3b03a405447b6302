/**
 * Newsletter (mailing-list) form detection, scored two ways:
 * - on the formasaurus pages: each <form> in document order against its upstream annotation
 *   ('m' = join mailing list). Forms marked not annotated or skip are left out; a page whose form
 *   count differs from the annotation is counted and skipped.
 * - on hand labels of other corpus pages (tests/labels/forms.json, read from each page and kept
 *   out of tuning): the same per-form score, and per page whether it shows a sign-up form at all
 *   (what the e-mail capture claim says), so an e-mail tool without a form is not a sign-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { classifyForms, extractEmailCapture } from '../../lib/analyze/extractors/email-capture';
import { detectTechnologies } from '../../lib/analyze/signatures/detect';
import labels from '../../tests/labels/forms.json';
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

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  n: number;
  misaligned: number;
  errors: string[];
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, n: 0, misaligned: 0, errors: [] });

/** Scores one page's <form>s against letters in document order. */
function scorePage(t: Tally, name: string, html: string, url: string, letters: readonly string[]): void {
  const got = classifyForms(parsePage(html, url)).filter((f) => f.el.name === 'form');
  if (got.length !== letters.length) {
    t.misaligned++;
    t.errors.push(`MISALIGNED ${name} (${got.length} forms, ${letters.length} labels)`);
    return;
  }
  letters.forEach((label, i) => {
    if (UNLABELLED.has(label)) return;
    t.n++;
    const isM = label === 'm';
    const saysM = got[i].kind === 'newsletter';
    if (isM && saysM) t.tp++;
    else if (saysM) {
      t.fp++;
      t.errors.push(`FP ${name}#${i} (${label})`);
    } else if (isM) {
      t.fn++;
      t.errors.push(`FN ${name}#${i} → ${got[i].kind}`);
    }
  });
}

export function scoreFormasaurus(corpusDir: string): Tally {
  const dir = join(corpusDir, 'formasaurus');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Record<string, Page>;
  const t = tally();
  for (const [path, page] of Object.entries(index)) scorePage(t, path, readFileSync(join(dir, path), 'utf8'), page.url, page.forms);
  return t;
}

export function scoreHandLabels(corpusDir: string, list: readonly FormLabel[] = FORM_LABELS): { forms: Tally; pages: Tally } {
  const forms = tally();
  const pages = tally();
  for (const label of list) {
    const html = readFileSync(join(corpusDir, label.path), 'utf8');
    const name = shortName(label.path);
    scorePage(forms, name, html, label.url, label.forms);
    const doc = parsePage(html, label.url);
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

export function run(corpusDir: string): EvalResult[] {
  const up = scoreFormasaurus(corpusDir);
  const own = scoreHandLabels(corpusDir);
  const row = (name: string, t: Tally, unit: string): EvalResult => ({
    name,
    n: t.n,
    ...prf(t.tp, t.fp, t.fn),
    target: NEWSLETTER_TARGET,
    targetMetric: 'f1',
    note: `${t.misaligned ? `${t.misaligned} ${unit} skipped (form count differs); ` : ''}${t.errors.join('; ')}`,
  });
  return [
    row('newsletter forms (formasaurus, upstream labels)', up, 'pages'),
    row('newsletter forms (hand labels, holdout: tests/labels/forms.json)', own.forms, 'pages'),
    row('newsletter sign-up per page (hand labels, holdout)', own.pages, 'pages'),
  ];
}

/** "metascraper/.../integration/wired/input.html" → "wired"; "recipe-scrapers-subset/test_data/x/y.testhtml" → "x" */
function shortName(path: string): string {
  const parts = path.split('/');
  const last = parts[parts.length - 1];
  return last.startsWith('input.') || last.endsWith('.testhtml') ? parts[parts.length - 2] : last;
}
