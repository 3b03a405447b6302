import { describe, expect, it } from 'vitest';
import { parseCount } from '../../lib/numbers/count';

describe('parseCount', () => {
  it.each([
    ['1.2M', 1_200_000],
    ['1,2 Mio.', 1_200_000],
    ['12.3K', 12_300],
    ['1.2만', 12_000],
    ['3,4천', 3_400],
    ['1만 2천', 12_000],
    ['1,2 Tr', 1_200_000],
    ['1,5 N', 1_500],
    ['1.2 พัน', 1_200],
    ['2.3 แสน', 230_000],
    ['๒.๓ แสน', 230_000],
    ['١٫٢ ألف', 1_200],
    ['1.2 مليون', 1_200_000],
    ['1.2 mil', 1_200],
    ['1,2 M', 1_200_000],
    ['12 Tsd.', 12_000],
    ['1.2億', 120_000_000],
    ['10万', 100_000],
    ['12,5 rb', 12_500],
    ['1,2 jt', 1_200_000],
    ['1,234 followers', 1_234],
    ['1.2M subscribers', 1_200_000],
    ['12,345', 12_345],
    ['12.345', 12_345],
    ['987', 987],
  ])('%s → %d', (raw, n) => {
    expect(parseCount(raw)).toBe(n);
  });

  it('reads letters the page language gives another meaning', () => {
    expect(parseCount('1,2 B', 'tr')).toBe(1_200);
    expect(parseCount('1,2 B', 'en')).toBe(1_200_000_000);
    expect(parseCount('1,2 M', 'id')).toBe(1_200_000_000);
  });

  it('does not take a word starting with a magnitude letter as one', () => {
    expect(parseCount('12 Kommentare')).toBe(12);
    expect(parseCount('no count')).toBeNull();
  });
});
