/** The plan's smaller parts: themes and pillars, searches owned, RACE seeds, landscape, histories, benchmarks. */
import { describe, expect, it } from 'vitest';
import { themesOfText, themesOfPromotion } from '../../lib/plan/themes';
import { pillarsFor } from '../../lib/plan/pillars';
import { searchesOwned } from '../../lib/plan/searches';
import { raceSeeds } from '../../lib/plan/seeds';
import { landscape, median } from '../../lib/plan/landscape';
import { followerHistory, priceHistory } from '../../lib/plan/history';
import { BENCHMARKS, withOverrides } from '../../lib/plan/benchmarks';
import { computeMatrix } from '../../lib/plan/matrix';
import { claim, comp, data, po } from './make';

const messaging = (headline: string, valueProps: string[] = []) => ({ headline, hero: null, ctas: [], valueProps });

describe('messaging themes', () => {
  it('match whole words in Latin scripts and substrings in Thai, Korean and Arabic', () => {
    expect(themesOfText('20% off everything')).toContain('value');
    expect(themesOfText('Single-origin coffee, roasted weekly')).not.toContain('value');
    expect(themesOfText('News from the roastery')).not.toContain('newness');
    expect(themesOfText('ลดสูงสุด 50% วันนี้เท่านั้น')).toEqual(expect.arrayContaining(['value', 'urgency']));
    expect(themesOfText('สินค้าใหม่ ส่งฟรี')).toEqual(expect.arrayContaining(['newness', 'convenience']));
    // ใหม่ (new) inside เชียงใหม่ (Chiang Mai) is not a claim of newness.
    expect(themesOfText('ผลิตที่เชียงใหม่')).not.toContain('newness');
    expect(themesOfText('신상품 출시 기념 20% 할인')).toEqual(expect.arrayContaining(['value', 'newness']));
    expect(themesOfText('Hàng mới về, giao hàng toàn quốc')).toEqual(expect.arrayContaining(['newness', 'convenience']));
    expect(themesOfText('شحن مجاني لفترة محدودة')).toEqual(expect.arrayContaining(['convenience', 'urgency']));
    expect(themesOfPromotion({ type: 'bnpl', text: 'Pay in 4', evidence: [] })).toEqual(['affordability']);
  });

  it('pillars rank the themes rivals active in a channel use, with linked examples, and list the unclaimed ones', () => {
    const d = data(
      [comp(1, 'Me', ['me.com'], true), comp(2, 'A', ['a.com']), comp(3, 'B', ['b.com']), comp(4, 'Quiet', ['q.com'])],
      [
        po(1, '2026-01-01T00:00:00Z', { channels: [claim('paid-social', 0.9)], messaging: messaging('Premium quality, free shipping') }),
        po(2, '2026-01-01T00:00:00Z', { channels: [claim('paid-social', 0.9)], messaging: messaging('Free shipping over $40', ['Handmade in Chiang Mai']) }, 31),
        po(3, '2026-01-01T00:00:00Z', { channels: [claim('paid-social', 0.6)], messaging: messaging('ส่งฟรีทั่วประเทศ'), promotions: [{ type: 'bnpl', text: 'ผ่อน 0% 10 เดือน', evidence: [] }] }, 32),
        po(4, '2026-01-01T00:00:00Z', { messaging: messaging('Limited drop today only') }),
      ],
    );
    const p = pillarsFor('paid-social', computeMatrix(d), d);
    expect(p.used[0]).toMatchObject({ theme: 'convenience', competitors: 2 });
    expect(p.used[0].examples.map((e) => e.observationId).sort()).toEqual([31, 32]);
    expect(p.used.map((u) => u.theme)).toEqual(expect.arrayContaining(['quality', 'affordability']));
    // The own brand and a rival absent from the channel do not count.
    expect(p.used.map((u) => u.theme)).not.toContain('urgency');
    expect(p.unclaimed).toContain('urgency');
  });
});

describe('searches owned', () => {
  it('reads organic ranks and ads of the latest clip of each query', () => {
    const serp = (query: string, results: string[], ads: string[] = []) => ({
      kind: 'serp' as const,
      serp: { engine: 'google', query, results: results.map((url, i) => ({ rank: i + 1, title: 't', url, displayUrl: null, snippet: null })) },
      ads: ads.map((displayUrl, i) => ({ advertiser: null, headline: 'ad', text: null, displayUrl, landingUrl: null, position: `top-${i + 1}` })),
    });
    const d = data(
      [comp(1, 'Google', ['google.com']), comp(2, 'A', ['a-shop.co.th']), comp(3, 'B', ['b.vn'])],
      [
        po(1, '2026-01-01T00:00:00Z', serp('เซรั่ม', ['https://b.vn/x', 'https://www.a-shop.co.th/serum'])),
        po(1, '2026-02-01T00:00:00Z', serp('เซรั่ม', ['https://www.a-shop.co.th/serum', 'https://other.com/'], ['b.vn › sale']), 41),
        po(1, '2026-02-01T00:00:00Z', serp('serum vitamin c', ['https://x.com/', 'https://y.com/', 'https://a-shop.co.th/c'])),
      ],
    );
    const s = searchesOwned(d);
    expect(s.get(2)).toEqual([
      expect.objectContaining({ query: 'เซรั่ม', organicRank: 1, paidPosition: null, observationId: 41 }),
      expect.objectContaining({ query: 'serum vitamin c', organicRank: 3 }),
    ]);
    expect(s.get(3)).toEqual([expect.objectContaining({ query: 'เซรั่ม', organicRank: null, paidPosition: 'top-1' })]);
    expect(s.get(1)).toBeUndefined();
  });
});

describe('RACE seeds', () => {
  it('seed Act, Convert and Engage from rivals, never from the own brand', () => {
    const d = data(
      [comp(1, 'Me', [], true), comp(2, 'Rival')],
      [
        po(1, '2026-01-01T00:00:00Z', { emailCapture: { present: true, evidence: [{ source: 'form', value: 'form#nl' }] }, channels: [claim('reviews', 0.9)] }),
        po(2, '2026-01-01T00:00:00Z', {
          url: 'https://rival.example/',
          emailCapture: { present: true, forms: [{ kind: 'newsletter', selector: 'form', fields: ['email'] }], evidence: [] },
          promotions: [{ type: 'bnpl', text: 'Pay in 3 with Atome', evidence: [] }],
          channels: [claim('chat-messaging', 0.7, 'LINE'), claim('loyalty-referral', 0.8, 'Smile.io')],
        }),
      ],
    );
    const seeds = raceSeeds(computeMatrix(d), d);
    expect(seeds.map((s) => [s.stage, s.topic, s.detail])).toEqual([
      ['act', 'lead-capture', 'newsletter'],
      ['convert', 'bnpl', 'Pay in 3 with Atome'],
      ['convert', 'chat', 'LINE'],
      ['engage', 'loyalty', 'Smile.io'],
    ]);
    expect(seeds.every((s) => s.competitorName === 'Rival' && s.url === 'https://rival.example/')).toBe(true);
  });
});

describe('landscape and histories', () => {
  it('landscape: clips, medium-or-stronger channels, median price in the most used currency', () => {
    const offer = (price: number, currency: string) => ({ price, currency, evidence: [] });
    const d = data(
      [comp(1, 'A')],
      [
        po(1, '2026-01-01T00:00:00Z', { offers: [offer(100, 'THB'), offer(300, 'THB')], channels: [claim('paid-social', 0.9), claim('seo-content', 0.3)] }),
        po(1, '2026-01-03T00:00:00Z', { offers: [offer(200, 'THB'), offer(9, 'USD')] }),
      ],
    );
    const [row] = landscape(computeMatrix(d), d);
    expect(row).toMatchObject({ clips: 2, channels: ['paid-social'], medianPrice: 200, currency: 'THB', lastClip: '2026-01-03T00:00:00Z' });
    expect(median([])).toBeNull();
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('price history per offer and follower history per account, oldest first', () => {
    const offer = (price: number) => ({ price, currency: 'KRW', sku: 'SM-1', evidence: [] });
    const prof = (handle: string, followers: number) => ({ platform: 'instagram' as const, handle, name: null, followers, following: null, posts: null, bio: null, verified: null });
    const items = [
      po(1, '2026-01-03T00:00:00Z', { offers: [offer(35000)], kind: 'social-profile', profile: prof('Seoul.Mood', 1200) }),
      po(1, '2026-01-01T00:00:00Z', { offers: [offer(39000)], kind: 'social-profile', profile: prof('seoul.mood', 1000) }),
      po(1, '2026-01-02T00:00:00Z', { kind: 'social-profile', profile: prof('other', 5) }),
    ];
    expect(priceHistory(items)[0]).toMatchObject({ key: 'SM-1', points: [{ price: 39000 }, { price: 35000 }] });
    const followers = followerHistory(data([comp(1, 'A')], items).snapshots);
    expect(followers.map((s) => [s.key, s.points.map((p) => p.followers)])).toEqual([
      ['instagram:seoul.mood', [1000, 1200]],
      ['instagram:other', [5]],
    ]);
  });
});

describe('benchmarks', () => {
  it('every figure names its source, and user edits replace the value and say so', () => {
    for (const b of BENCHMARKS) {
      expect(b.source.url, b.id).toMatch(/^https:\/\//);
      expect(b.source.year, b.id).toBeGreaterThan(2000);
      expect(b.value, b.id).toBeGreaterThan(0);
    }
    expect(new Set(BENCHMARKS.map((b) => b.id)).size).toBe(BENCHMARKS.length);
    const edited = withOverrides({ 'paid-search.ctr': 5, 'email.open': Number.NaN });
    expect(edited.find((b) => b.id === 'paid-search.ctr')).toMatchObject({ value: 5, source: { note: 'edited' } });
    expect(edited.find((b) => b.id === 'email.open')!.value).toBe(BENCHMARKS.find((b) => b.id === 'email.open')!.value);
  });
});
