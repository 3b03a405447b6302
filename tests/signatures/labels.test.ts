/**
 * Technology detection measured on real pages against the hand-made labels in
 * tests/labels/technologies.json: the labels are well formed, and the analyzer's detection
 * path meets the bar (precision ≥ 0.99, recall ≥ 0.97).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_BY_ID } from '../../lib/analyze/signatures/registry';
import { prf } from '../../scripts/eval/types';
import { PRECISION_TARGET, RECALL_TARGET, TECHNOLOGY_HOLDOUT_LABELS, TECHNOLOGY_LABELS, scoreTechnologies } from '../../scripts/eval/technologies';

const corpus = resolve(process.cwd(), '../shared/corpus');

describe('technology labels', () => {
  it('cover about 60 real pages: recipe and food-brand pages and metascraper brand pages', () => {
    const recipe = TECHNOLOGY_LABELS.filter((l) => l.path.startsWith('recipe-scrapers-subset/'));
    const brand = TECHNOLOGY_LABELS.filter((l) => l.path.startsWith('metascraper/'));
    expect(recipe.length).toBeGreaterThanOrEqual(40);
    expect(brand.length).toBeGreaterThanOrEqual(20);
    expect(new Set(TECHNOLOGY_LABELS.map((l) => l.path)).size).toBe(TECHNOLOGY_LABELS.length);
  });

  it('the holdout labels are 20 or more other pages', () => {
    expect(TECHNOLOGY_HOLDOUT_LABELS.length).toBeGreaterThanOrEqual(20);
    const tuned = new Set(TECHNOLOGY_LABELS.map((l) => l.path));
    expect(TECHNOLOGY_HOLDOUT_LABELS.filter((l) => tuned.has(l.path))).toEqual([]);
  });

  it.each([...TECHNOLOGY_LABELS, ...TECHNOLOGY_HOLDOUT_LABELS].map((l) => [l.path, l] as const))('%s names an existing page, registry ids and its evidence', (_path, label) => {
    expect(existsSync(join(corpus, label.path))).toBe(true);
    expect(label.url).toMatch(/^https?:\/\//);
    expect(label.note.trim()).not.toBe('');
    for (const id of label.technologies) expect(SIGNATURE_BY_ID.has(id), `unknown technology id ${id}`).toBe(true);
    expect(new Set(label.technologies).size).toBe(label.technologies.length);
  });
});

describe('technology detection on the labelled pages', () => {
  const score = scoreTechnologies(corpus);
  const { precision, recall } = prf(score.tp, score.falsePositives.length, score.falseNegatives.length);

  it(`has precision of at least ${PRECISION_TARGET}`, () => {
    expect(precision, `false positives: ${score.falsePositives.join('; ')}`).toBeGreaterThanOrEqual(PRECISION_TARGET);
  });

  it(`has recall of at least ${RECALL_TARGET}`, () => {
    expect(recall, `false negatives: ${score.falseNegatives.join('; ')}`).toBeGreaterThanOrEqual(RECALL_TARGET);
  });
});
