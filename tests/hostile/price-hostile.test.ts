/**
 * Price strings a hostile page writes: 2,000-character runs of currency signs and digits,
 * grouping separators repeated, "from" repeated. Parsing is linear: each answers in a few
 * milliseconds (best of three, so a scheduler pause on a shared machine does not count).
 */
import { describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { parsePrice } from '../../lib/numbers/price';
import { priceRun } from '../../scripts/hostile/pages';
import { seeded } from '../../scripts/hostile/prng';

const MAX_MS = 60;

function best(fn: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const rng = seeded(7);
const CASES: Record<string, string> = {
  'signs and digits': priceRun(rng, 2_000),
  'apostrophe groups': "9'".repeat(1_000),
  'comma groups': '385,'.repeat(500),
  'dot groups': '907.'.repeat(500),
  'space groups': '1 234 '.repeat(330),
  'from repeated': `${'from '.repeat(300)}$1 - $2`,
  'one long number': '9'.repeat(2_000),
  'symbols only': '€$£'.repeat(660),
};

describe('price strings a hostile page writes', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`${name} (${text.length} characters): answers within ${MAX_MS} ms`, () => {
      let r: ReturnType<typeof parsePrice> | undefined;
      const ms = best(() => (r = parsePrice(text, { currency: priceRun(rng, 40), lang: 'en' })));
      expect(ms).toBeLessThan(MAX_MS);
      expect(r!.amount === null || Number.isFinite(r!.amount)).toBe(true);
    });
  }

  it('still reads ordinary prices the same way', () => {
    expect(parsePrice('$1,234.56')).toEqual({ amount: 1234.56, currency: 'USD' });
    expect(parsePrice("CHF 1'049.95")).toMatchObject({ amount: 1049.95, currency: 'CHF' });
    expect(parsePrice('฿290 - ฿590')).toMatchObject({ amount: 290, amountMax: 590, currency: 'THB' });
    expect(parsePrice('10.50 - 20.00 USD')).toMatchObject({ amount: 10.5, amountMax: 20, currency: 'USD' });
  });
});
