import { describe, expect, it } from 'vitest';
import { changesSinceLastClip, diffObservations, findPrevious, pageKey } from '../../lib/plan/changes';
import { obs, po } from './make';
import type { Technology } from '../../lib/analyze/types';

const tech = (id: string, name: string): Technology => ({ id, name, categories: [], channels: [], stage: 'reach', confidence: 1, evidence: [] });

describe('diffObservations', () => {
  it('reports price, headline, promotion, technology, channel and follower changes', () => {
    const a = obs({
      offers: [{ price: 100, currency: 'THB', evidence: [], sku: 'S1' }],
      messaging: { headline: 'Old', hero: null, ctas: ['Buy'], valueProps: [] },
      promotions: [{ type: 'percent-off', text: '10% off', evidence: [] }],
      technologies: [tech('ga4', 'Google Analytics')],
      profile: { platform: 'instagram', handle: 'x', name: null, followers: 1000, following: null, posts: null, bio: null, verified: null },
    });
    const b = obs({
      offers: [{ price: 89, currency: 'THB', regularPrice: 100, evidence: [], sku: 'S1' }],
      messaging: { headline: 'New', hero: null, ctas: ['Buy'], valueProps: [] },
      promotions: [{ type: 'free-shipping', text: 'Free shipping', evidence: [] }],
      technologies: [tech('ga4', 'Google Analytics'), tech('tiktok-pixel', 'TikTok Pixel')],
      channels: [{ channel: 'paid-social', stage: 'reach', media: 'paid', funnel: 'tofu', confidence: 0.8, evidence: [] }],
      profile: { platform: 'instagram', handle: 'x', name: null, followers: 1200, following: null, posts: null, bio: null, verified: null },
    });
    const kinds = diffObservations(a, b).map((c) => `${c.kind}:${c.before}->${c.after}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'price:100->89',
        'regular-price:null->100',
        'headline:Old->New',
        'promotion-added:null->Free shipping',
        'promotion-removed:10% off->null',
        'technology-added:null->TikTok Pixel',
        'channel-added:null->paid-social',
        'followers:1000->1200',
      ]),
    );
    expect(kinds).not.toContain(expect.stringMatching(/^cta/));
  });

  it('reports nothing for identical clips', () => {
    expect(diffObservations(obs(), obs())).toEqual([]);
  });
});

describe('previous clip of the same page', () => {
  it('ignores query strings, other pages and other competitors', () => {
    expect(pageKey(obs({ url: 'https://www.a.com/p/1?utm_source=x#top' }))).toBe('a.com/p/1');
    const list = [
      po(1, '2026-01-01T00:00:00Z', { url: 'https://a.com/p/1' }, 1),
      po(1, '2026-01-02T00:00:00Z', { url: 'https://a.com/p/2' }, 2),
      po(2, '2026-01-02T00:00:00Z', { url: 'https://a.com/p/1' }, 3),
      po(1, '2026-01-03T00:00:00Z', { url: 'https://a.com/p/1?gclid=1', page: { title: 'Changed', description: null, lang: null, canonical: null, siteName: null, image: null } }, 4),
    ];
    expect(findPrevious(list, list[3])!.id).toBe(1);
    const sets = changesSinceLastClip(list);
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({ observationId: 4, previousId: 1 });
    expect(sets[0].changes.map((c) => c.kind)).toContain('title');
  });
});
