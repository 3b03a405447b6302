import { describe, expect, it } from 'vitest';
import { computeMatrix, levelOf, CELL_EVIDENCE_LIMIT, shares } from '../../lib/plan/matrix';
import { CHANNEL_IDS } from '../../lib/analyze/channels/taxonomy';
import { claim, comp, data, po } from './make';

const col = (id: string) => CHANNEL_IDS.indexOf(id as never);

describe('computeMatrix', () => {
  it('keeps the strongest claim per competitor and channel, with its evidence and a count', () => {
    const d = data(
      [comp(1, 'A', ['a.com']), comp(2, 'B', ['b.com'])],
      [
        po(1, '2026-01-01T00:00:00Z', { channels: [claim('paid-social', 0.4, 'pixel-1')] }, 11),
        po(1, '2026-01-02T00:00:00Z', { channels: [claim('paid-social', 0.9, 'pixel-2'), claim('email-sms', 0.6)] }, 12),
        po(2, '2026-01-02T00:00:00Z', { channels: [claim('seo-content', 0.3)] }, 13),
      ],
    );
    const m = computeMatrix(d);
    const cell = m.rows[0][col('paid-social')];
    expect(cell.strength).toBe(0.9);
    expect(cell.level).toBe(3);
    expect(cell.observations).toBe(2);
    expect(cell.evidence.map((e) => e.observationId)).toEqual([12, 11]);
    expect(cell.evidence[0].evidence[0].value).toBe('pixel-2');
    expect(m.rows[0][col('email-sms')].level).toBe(2);
    expect(m.rows[1][col('seo-content')].level).toBe(1);
    expect(m.rows[1][col('paid-social')].level).toBe(0);
  });

  it('caps the evidence kept per cell but keeps counting', () => {
    const obsList = Array.from({ length: 12 }, (_, k) => po(1, `2026-01-${String(k + 1).padStart(2, '0')}T00:00:00Z`, { channels: [claim('reviews', 0.5 + k / 100)] }));
    const m = computeMatrix(data([comp(1, 'A')], obsList));
    const cell = m.rows[0][col('reviews')];
    expect(cell.observations).toBe(12);
    expect(cell.evidence).toHaveLength(CELL_EVIDENCE_LIMIT);
    expect(cell.evidence[0].confidence).toBeCloseTo(0.61);
  });

  it('computes presence over rivals only (own brand excluded)', () => {
    const d = data(
      [comp(1, 'Me', [], true), comp(2, 'B'), comp(3, 'C')],
      [po(1, '2026-01-01T00:00:00Z', { channels: [claim('affiliate', 0.9)] }), po(2, '2026-01-01T00:00:00Z', { channels: [claim('affiliate', 0.9)] })],
    );
    expect(computeMatrix(d).presence.affiliate).toBe(0.5);
  });

  it('takes the latest follower count per account from the snapshots and builds a time series', () => {
    const prof = (followers: number) => ({ platform: 'instagram' as const, handle: 'a', name: null, followers, following: null, posts: null, bio: null, verified: null });
    const d = data(
      [comp(1, 'A')],
      [po(1, '2026-02-01T00:00:00Z', { kind: 'social-profile', profile: prof(1500) }), po(1, '2026-01-01T00:00:00Z', { kind: 'social-profile', profile: prof(1000) })],
    );
    const m = computeMatrix(d);
    expect(m.voice[0].followers.instagram).toBe(1500);
    expect(m.followerSeries.get(1)!.get('instagram:a')!.map((p) => p.followers)).toEqual([1000, 1500]);
  });

  it('attributes search ads to the advertiser by domain, and picked ads to the clipped competitor', () => {
    const d = data(
      [comp(7, 'Google', ['google.com']), comp(8, 'A', ['a-shop.co.th'])],
      [
        po(7, '2026-01-01T00:00:00Z', { kind: 'serp', ads: [{ advertiser: 'A', headline: 'x', text: null, displayUrl: 'www.a-shop.co.th › sale', landingUrl: null, position: 'top-1' }, { advertiser: 'Z', headline: 'y', text: null, displayUrl: 'zzz.com', landingUrl: null, position: 'top-2' }] }),
        po(8, '2026-01-01T00:00:00Z', { kind: 'ad', ads: [{ advertiser: null, headline: 'picked', text: null, displayUrl: null, landingUrl: null, position: null }] }),
      ],
    );
    const m = computeMatrix(d);
    expect(m.voice.find((v) => v.competitorId === 8)!.ads).toBe(2);
    expect(m.voice.find((v) => v.competitorId === 7)!.ads).toBe(0);
  });

  it('levels and shares', () => {
    expect([0, 0.2, 0.5, 0.79, 0.8].map(levelOf)).toEqual([0, 1, 2, 2, 3]);
    expect(shares([1, 3])).toEqual([0.25, 0.75]);
    expect(shares([0, 0])).toEqual([0, 0]);
  });
});

describe('venue pages in the matrix', () => {
  const serp = {
    id: 77,
    venue: 'search',
    venueDomain: 'google.de',
    capturedAt: '2026-03-01T00:00:00Z',
    obs: {
      ...po(0, '2026-03-01T00:00:00Z', {
        url: 'https://www.google.de/search?q=laufschuhe',
        domain: 'google.de',
        kind: 'serp',
        channels: [claim('display-retargeting', 0.95, 'Google Tag Manager'), claim('seo-content', 0.9)],
        ads: [
          { advertiser: 'Rival', headline: 'Laufschuhe -30%', text: null, displayUrl: 'www.rival.de › sale', landingUrl: 'https://www.rival.de/sale', position: 'top-1', platform: 'google' },
          { advertiser: 'Somebody Else', headline: 'x', text: null, displayUrl: null, landingUrl: 'https://else.de/', position: 'top-2', platform: 'google' },
        ],
      }).obs,
    },
  };

  it('is no row; its ads credit their advertiser with paid search, and its own stack credits nobody', () => {
    const d = { ...data([comp(1, 'Rival', ['rival.de']), comp(2, 'Mine', ['mine.de'], true)], []), venuePages: [serp] };
    const m = computeMatrix(d);
    expect(m.competitors.map((c) => c.name)).toEqual(['Rival', 'Mine']);
    expect(m.voice.map((v) => v.ads)).toEqual([1, 0]);
    const lit = (i: number) => m.channels.filter((_, j) => m.rows[i][j].level > 0).map((c) => c.id);
    expect(lit(0)).toEqual(['paid-search']);
    expect(lit(1)).toEqual([]);
    const j = m.channels.findIndex((c) => c.id === 'paid-search');
    expect(m.rows[0][j].evidence[0]).toMatchObject({ observationId: 77, url: 'https://www.google.de/search?q=laufschuhe' });
  });
});
