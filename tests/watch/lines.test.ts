import { describe, expect, it } from 'vitest';
import { makeT } from '../../lib/i18n';
import { formatPrice } from '../../lib/numbers/format-price';
import { changeLine, groupByCompetitor } from '../../lib/watch/lines';

const en = makeT('en');

describe('alert lines', () => {
  it('one line per change, as the issue writes them', () => {
    expect(changeLine(en, 'Shop A', { field: 'price', subject: null, before: 1290, after: 990, currency: 'THB' })).toBe('Shop A: price 1,290 ฿ → 990 ฿');
    expect(changeLine(en, 'Shop B', { field: 'technology', subject: 'tiktok-pixel', before: null, after: 'TikTok Pixel' })).toBe('Shop B added TikTok Pixel');
    expect(changeLine(en, 'Shop B', { field: 'technology', subject: 'meta-pixel', before: 'Meta Pixel', after: null })).toBe('Shop B removed Meta Pixel');
    expect(changeLine(en, 'Shop C', { field: 'availability', subject: null, before: 'in_stock', after: 'out_of_stock' })).toMatch(/^Shop C: .+ → .+$/);
    expect(changeLine(en, 'Shop C', { field: 'email-capture', subject: null, before: false, after: true })).toBe('Shop C now asks for e-mail sign-ups');
    expect(changeLine(en, 'Shop D', { field: 'followers', subject: 'instagram', before: 12300, after: 15800 })).toBe('Shop D: instagram followers 12,300 → 15,800');
    expect(changeLine(en, 'Shop D', { field: 'social', subject: 'tiktok:shopd', before: null, after: 'tiktok:shopd' })).toBe('Shop D links a new account: tiktok:shopd');
    expect(changeLine(en, 'Shop E', { field: 'regular-price', subject: null, before: null, after: 1590, currency: 'THB' })).toBe('Shop E: regular price none → 1,590 ฿');
  });

  it('in the user’s language', () => {
    expect(changeLine(makeT('vi'), 'Shop A', { field: 'price', subject: null, before: 250000, after: 199000, currency: 'VND' })).toBe('Shop A: giá 250,000 ₫ → 199,000 ₫');
  });

  it('grouped per competitor in arrival order', () => {
    const g = groupByCompetitor([{ competitorId: 2, n: 1 }, { competitorId: 1, n: 2 }, { competitorId: 2, n: 3 }]);
    expect([...g.entries()].map(([k, v]) => [k, v.map((x) => x.n)])).toEqual([[2, [1, 3]], [1, [2]]]);
  });
});

describe('formatPrice', () => {
  it('whole amounts without decimals, others in the minor unit, symbol or code after', () => {
    expect(formatPrice(1290, 'THB')).toBe('1,290 ฿');
    expect(formatPrice(19.9, 'EUR')).toBe('19.90 €');
    expect(formatPrice(1500000, 'IDR')).toBe('1,500,000 IDR');
    expect(formatPrice(-5, null)).toBe('-5');
  });
});
