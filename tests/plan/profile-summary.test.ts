/** The competitor at a glance: channels by media with their strongest evidence, prices, promotions, stack, changes, evidence once, SWOT suggestions. */
import { describe, expect, it } from 'vitest';
import { groupEvidence, latestPerPage, profileSummary, swotSuggestions } from '../../lib/plan/profile-summary';
import type { Technology } from '../../lib/analyze/types';
import { claim, po } from './make';

const tech = (id: string, name: string, categories: string[]): Technology => ({ id, name, categories, channels: [], stage: 'reach', confidence: 0.9, evidence: [{ source: 'script-src', value: `https://cdn.example/${id}.js` }] });

const older = po(1, '2026-01-01T10:00:00Z', {
  url: 'https://shop.example/p/1',
  channels: [claim('paid-social', 0.6, 'Meta Pixel')],
  offers: [{ price: 100, currency: 'EUR', evidence: [] }],
  promotions: [{ type: 'percent-off', text: '10% off', evidence: [] }],
  technologies: [tech('meta-pixel', 'Meta Pixel', ['advertising'])],
}, 1);
const newer = po(1, '2026-01-08T10:00:00Z', {
  url: 'https://shop.example/p/1?utm_source=x',
  channels: [claim('paid-social', 0.9, 'Meta Pixel'), claim('email-sms', 0.4, 'Klaviyo form')],
  offers: [{ price: 80, currency: 'EUR', regularPrice: 100, discountPercent: 20, evidence: [] }, { price: 40, currency: 'EUR', evidence: [] }],
  promotions: [{ type: 'percent-off', text: '20% off', evidence: [] }],
  technologies: [tech('shopify', 'Shopify', ['ecommerce-platform']), tech('meta-pixel', 'Meta Pixel', ['advertising']), tech('hotjar', 'Hotjar', ['session-replay']), tech('cookiebot', 'Cookiebot', ['consent'])],
}, 2);
const items = [newer, older];

describe('profile summary', () => {
  const s = profileSummary(items);

  it('groups channels by paid / owned / earned with the strongest evidence and the clips that show them', () => {
    expect(s.channels.paid.map((c) => [c.channel, c.level, c.clips, c.strongest?.value])).toEqual([['paid-social', 3, 2, 'Meta Pixel']]);
    expect(s.channels.owned.map((c) => c.channel)).toEqual(['email-sms']);
    expect(s.channels.earned).toEqual([]);
  });

  it('lists evidence once, with every clip it was seen in, newest first', () => {
    const [meta] = s.channels.paid[0].evidence;
    expect(meta.evidence.value).toBe('Meta Pixel');
    expect(meta.clips.map((c) => c.id)).toEqual([2, 1]);
    expect(groupEvidence([{ observationId: 5, capturedAt: 'b', evidence: [{ source: 'text', value: 'x' }, { source: 'text', value: 'x' }] }])).toEqual([{ evidence: { source: 'text', value: 'x' }, clips: [{ id: 5, capturedAt: 'b' }] }]);
  });

  it('reads prices, discounts, promotions and the stack from the latest clip of each page', () => {
    expect(latestPerPage(items).map((o) => o.id)).toEqual([2]);
    expect(s.prices).toEqual({ currency: 'EUR', min: 40, median: 60, max: 80, offers: 2 });
    expect(s.discounts).toEqual({ offers: 2, discounted: 1, maxPercent: 20, medianPercent: 20 });
    expect(s.promotions.map((p) => p.promotion.text)).toEqual(['20% off']);
    // Highlights in the order that tells most; session replay is not one.
    expect(s.stack.map((x) => x.name)).toEqual(['Shopify', 'Meta Pixel', 'Cookiebot']);
  });

  it('says what changed since the last clip, and that tags may be hidden behind a consent manager', () => {
    expect(s.changes?.observationId).toBe(2);
    expect(s.changes?.changes.some((c) => c.kind === 'price')).toBe(true);
    expect(s.hidden.map((h) => h.reason)).toEqual(['consent-manager']);
    expect(s.unchangedSince).toBeNull();
    // The same page clipped again with nothing new: "unchanged since", not "nothing to compare".
    const again = po(1, '2026-01-09T10:00:00Z', { ...newer.obs }, 3);
    const same = profileSummary([again, newer]);
    expect(same.changes).toBeNull();
    expect(same.unchangedSince).toBe('2026-01-08T10:00:00Z');
    expect(profileSummary([newer]).unchangedSince).toBeNull();
  });

  it('suggests SWOT lines from the evidence', () => {
    const w = swotSuggestions(s);
    expect(w.strengths).toContainEqual({ key: 'swot_s_channel', channel: 'paid-social', value: 'Meta Pixel' });
    expect(w.opportunities).toContainEqual({ key: 'swot_o_weak', channel: 'email-sms' });
    expect(w.opportunities).toContainEqual({ key: 'swot_o_gap', channel: 'organic-social' });
    expect(w.threats).toContainEqual({ key: 'swot_t_discount', value: 20 });
    expect(w.threats).toContainEqual({ key: 'swot_t_paid', channel: 'paid-social' });
    // With tags possibly hidden, a missing channel is not called a weakness.
    expect(w.weaknesses).toEqual([]);
    const plain = swotSuggestions(profileSummary([po(2, '2026-01-01T00:00:00Z', { channels: [claim('paid-search', 0.9)] })]));
    expect(plain.weaknesses.map((x) => x.channel)).toEqual(['email-sms', 'organic-social', 'seo-content']);
  });
});
