import { describe, expect, it } from 'vitest';
import { compareObservations, confirmedChanges } from '../../lib/watch/compare';
import { normalizeText } from '../../lib/watch/noise';
import type { Technology } from '../../lib/analyze/types';
import { pageObservation, profileObservation } from '../store/observations';

const tiktok: Technology = { id: 'tiktok-pixel', name: 'TikTok Pixel', categories: ['advertising'], channels: ['paid-social'], stage: 'reach', confidence: 0.9, evidence: [{ source: 'inline-script', value: 'ttq.load(' }] };

describe('compareObservations', () => {
  it('reports nothing for the same page read twice', () => {
    expect(compareObservations(pageObservation(), pageObservation())).toEqual([]);
  });

  it('reports a price cut and a new pixel with before and after', () => {
    const before = pageObservation();
    const after = pageObservation({ offers: [{ ...before.offers[0], price: 990 }], technologies: [...before.technologies, tiktok] });
    expect(compareObservations(before, after)).toEqual([
      { field: 'price', subject: null, before: 1290, after: 990, currency: 'THB' },
      { field: 'technology', subject: 'tiktok-pixel', before: null, after: 'TikTok Pixel' },
    ]);
  });

  it('reports a product that sells out and drops its price as an availability change, not a price of null', () => {
    const before = pageObservation();
    const after = pageObservation({ offers: [{ ...before.offers[0], price: null, currency: null, regularPrice: undefined, availability: 'out_of_stock' }] });
    const changes = compareObservations(before, after);
    expect(changes.map((c) => c.field)).toContain('availability');
    expect(changes.map((c) => c.field)).not.toContain('price');
  });

  it('reports regular price, availability, promotions, headline, socials and e-mail capture', () => {
    const before = pageObservation();
    const after = pageObservation({
      offers: [{ ...before.offers[0], regularPrice: 1490, availability: 'out_of_stock' }],
      promotions: [{ type: 'free-shipping', text: 'Free shipping over 990 ฿', evidence: [] }],
      messaging: { ...before.messaging, headline: 'ผ้าไหมลายใหม่' },
      socialProfiles: [...before.socialProfiles, { platform: 'tiktok', handle: 'baanthai', url: 'https://www.tiktok.com/@baanthai' }],
      emailCapture: { present: false, evidence: [] },
    });
    expect(compareObservations(before, after).map((c) => [c.field, c.before, c.after])).toEqual([
      ['regular-price', 1590, 1490],
      ['availability', 'in_stock', 'out_of_stock'],
      ['promotion', null, 'Free shipping over 990 ฿'],
      ['promotion', 'ลด 20%', null],
      ['headline', 'ผ้าไหมแท้จากเชียงใหม่', 'ผ้าไหมลายใหม่'],
      ['social', null, 'tiktok:baanthai'],
      ['email-capture', true, false],
    ]);
  });

  it('ignores per-load noise: countdowns, clocks, tokens, weak detections, rotating offers', () => {
    const before = pageObservation({
      promotions: [{ type: 'countdown', text: 'Ends in 3h 12m 5s', evidence: [] }, { type: 'percent-off', text: 'Sale ends 12:30', evidence: [] }],
      offers: [pageObservation().offers[0], { price: 100, currency: 'THB', name: 'You may also like A', evidence: [] }],
    });
    const after = pageObservation({
      promotions: [{ type: 'countdown', text: 'Ends in 3h 11m 2s', evidence: [] }, { type: 'percent-off', text: 'Sale ends  12:31', evidence: [] }],
      offers: [pageObservation().offers[0], { price: 250, currency: 'THB', name: 'You may also like B', evidence: [] }],
      technologies: [...pageObservation().technologies, { ...tiktok, confidence: 0.35, evidence: [{ source: 'html', value: 'ttq' }] }],
    });
    expect(compareObservations(before, after)).toEqual([]);
  });

  it('does not call a technology removed while a weak trace of it remains', () => {
    const before = pageObservation({ technologies: [tiktok] });
    const after = pageObservation({ technologies: [{ ...tiktok, confidence: 0.35 }] });
    expect(compareObservations(before, after)).toEqual([]);
    expect(compareObservations(before, pageObservation({ technologies: [] }))).toEqual([{ field: 'technology', subject: 'tiktok-pixel', before: 'TikTok Pixel', after: null }]);
  });

  it('reports follower counts that moved more than the noise', () => {
    const before = profileObservation({ followers: 12300 });
    expect(compareObservations(before, profileObservation({ followers: 12305 }))).toEqual([]);
    expect(compareObservations(before, profileObservation({ followers: 15800 }))).toEqual([{ field: 'followers', subject: 'instagram', before: 12300, after: 15800 }]);
  });
});

describe('confirmedChanges', () => {
  it('keeps only what the second fetch agrees on', () => {
    const a = { field: 'price' as const, subject: null, before: 1290, after: 990, currency: 'THB' };
    const b = { field: 'headline' as const, subject: null, before: 'A', after: 'Variant B' };
    expect(confirmedChanges([a, b], [a])).toEqual([a]);
    expect(confirmedChanges([b], [])).toEqual([]);
  });
});

describe('normalizeText', () => {
  it('masks clocks, ISO times and tokens, folds case and space', () => {
    expect(normalizeText('Updated 2026-12-04T10:00:00Z  at 10:31 PM')).toBe(normalizeText('updated 2026-12-05T11:02:03Z at 9:02 am'));
    expect(normalizeText('id 9f86d081884c7d659a2feaa0c55ad015')).toBe(normalizeText('id 0a1b2c3d4e5f60718293a4b5c6d7e8f9'));
    expect(normalizeText('Free shipping')).not.toBe(normalizeText('Free returns'));
  });
});
