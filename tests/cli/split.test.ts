/** The tune / holdout split every eval uses: one hash rule, stable, and about half each way. */
import { describe, expect, it } from 'vitest';
import { fnv1a, halfName, halfOf, splitByHalf } from '../../scripts/eval/split';
import { loadOfferLabels } from '../../scripts/eval/offers';
import { TECHNOLOGY_LABELS } from '../../scripts/eval/technologies';

describe('tune / holdout split', () => {
  it('deals a key the same way every time, whatever else is in the set', () => {
    const keys = ['formasaurus/html/a.html', 'formasaurus/html/b.html', 'extruct/x.html'];
    const once = keys.map(halfOf);
    expect(keys.map(halfOf)).toEqual(once);
    expect(splitByHalf([...keys].reverse(), (k) => k).tune).toEqual(keys.filter((k) => halfOf(k) === 'tune').reverse());
  });

  it('is FNV-1a (its published test vectors), even → tune: a change to the rule re-deals every set', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(halfOf('a')).toBe('tune');
    expect(halfOf('')).toBe('holdout');
  });

  it.each([
    ['offers', loadOfferLabels().map((l) => l.path)],
    ['technologies', TECHNOLOGY_LABELS.map((l) => l.path)],
  ])('splits the %s labels into two halves of at least a third each', (_name, paths) => {
    const { tune, holdout } = splitByHalf(paths, (p) => p);
    expect(tune.length + holdout.length).toBe(paths.length);
    expect(Math.min(tune.length, holdout.length)).toBeGreaterThanOrEqual(paths.length / 3);
  });

  it('names a half after its measure', () => {
    expect(halfName('offers: currency', 'holdout')).toBe('offers: currency [holdout]');
  });
});
