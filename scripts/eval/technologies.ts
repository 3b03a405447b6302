/**
 * Technology detection on real pages: the analyzer's own path (parsePage + detectTechnologies)
 * against hand-made labels (tests/labels/technologies.json). Each label says which registry
 * technologies a page really carries, read from its HTML independently of the signatures.
 * Micro precision and recall over (page, technology) pairs; the note lists every miss.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { detectTechnologies } from '../../lib/analyze/signatures/detect';
import labels from '../../tests/labels/technologies.json';
import holdoutLabels from '../../tests/labels/technologies-holdout.json';
import { halfName, HALVES, splitByHalf } from './split';
import { prf, type EvalResult } from './types';

export interface TechnologyLabel {
  /** Relative to the corpus folder. */
  path: string;
  url: string;
  technologies: string[];
  note: string;
}

export const TECHNOLOGY_LABELS: readonly TechnologyLabel[] = labels;

/** Pages labelled later by someone who had not tuned the signatures to them: measured only, never split. */
export const TECHNOLOGY_HOLDOUT_LABELS: readonly TechnologyLabel[] = holdoutLabels;

export const PRECISION_TARGET = 0.99;
export const RECALL_TARGET = 0.97;

export interface TechnologyScore {
  tp: number;
  /** "page: id" for each technology found but not labelled. */
  falsePositives: string[];
  /** "page: id" for each labelled technology not found. */
  falseNegatives: string[];
}

/** Runs the detector on every labelled page and counts agreements. */
export function scoreTechnologies(corpusDir: string, list: readonly TechnologyLabel[] = TECHNOLOGY_LABELS): TechnologyScore {
  const score: TechnologyScore = { tp: 0, falsePositives: [], falseNegatives: [] };
  for (const label of list) {
    const html = readFileSync(join(corpusDir, label.path), 'utf8');
    const found = new Set(detectTechnologies(parsePage(html, label.url), { html, url: label.url }).map((t) => t.id));
    const expected = new Set(label.technologies);
    const page = shortName(label.path);
    for (const id of found) {
      if (expected.has(id)) score.tp++;
      else score.falsePositives.push(`${page}: ${id}`);
    }
    for (const id of expected) if (!found.has(id)) score.falseNegatives.push(`${page}: ${id}`);
  }
  return score;
}

/** All labels, then the tune and holdout halves (scripts/eval/split.ts); misses listed for the tune half only. */
export function run(corpusDir: string): EvalResult[] {
  const halves = splitByHalf(TECHNOLOGY_LABELS, (l) => l.path);
  return [
    ...rows('technologies (labelled recipe and brand pages)', corpusDir, TECHNOLOGY_LABELS, false),
    ...HALVES.flatMap((h) => rows(halfName('technologies', h), corpusDir, halves[h], h === 'tune')),
    ...rows(halfName('technologies (new hand labels, tests/labels/technologies-holdout.json)', 'holdout'), corpusDir, TECHNOLOGY_HOLDOUT_LABELS, false),
  ];
}

function rows(prefix: string, corpusDir: string, list: readonly TechnologyLabel[], showMisses: boolean): EvalResult[] {
  const s = scoreTechnologies(corpusDir, list);
  const metrics = prf(s.tp, s.falsePositives.length, s.falseNegatives.length);
  const misses = [
    s.falsePositives.length ? `false positives: ${s.falsePositives.join('; ')}` : '',
    s.falseNegatives.length ? `false negatives: ${s.falseNegatives.join('; ')}` : '',
  ].filter(Boolean).join(' | ');
  const note = showMisses ? misses || undefined : 'misses not listed outside the tune half';
  const base = { n: list.length, ...metrics, note };
  return [
    { name: `${prefix}: precision`, ...base, target: PRECISION_TARGET, targetMetric: 'precision' },
    { name: `${prefix}: recall`, ...base, target: RECALL_TARGET, targetMetric: 'recall' },
  ];
}

/** "recipe-scrapers-subset/test_data/eggs.ca/eggsca_1.testhtml" → "eggs.ca" */
function shortName(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 1].startsWith('input.') || parts[parts.length - 1].endsWith('.testhtml') ? parts[parts.length - 2] : path;
}
