/**
 * The views' schema (lib/plan/view-schema.ts): an analyzer's observation passes unchanged, and
 * what a crafted backup can hold (an ad without ads, a profile without a profile, a search
 * without results, unknown channels, evidence that is not an object, settings of the wrong type)
 * is normalised to what the views read — through restore, too.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze/analyze';
import { normalizeObservation, normalizeSetting } from '../../lib/plan/view-schema';
import { readPlanSettings } from '../../lib/plan/settings';
import { normalizeContext } from '../../lib/plan/context';
import { db } from '../../lib/store/db';
import { restoreBackup } from '../../lib/background/restore';
import { planSettings } from '../../lib/store/queries-plan';

const SHOP = readFileSync(path.join(import.meta.dirname, '../fixtures/pages/www.baanthai.test/index.html'), 'utf8');

describe('normalizeObservation', () => {
  it('leaves an analyzer observation as it is', () => {
    const o = JSON.parse(JSON.stringify(analyze({ html: SHOP, url: 'http://www.baanthai.test/', capturedAt: '2026-12-01T00:00:00Z' })));
    expect(normalizeObservation(o)).toEqual(o);
  });

  it('fills what minimal observations of each kind leave out', () => {
    const ad = normalizeObservation({ url: 'https://x.test/', kind: 'ad' })!;
    expect(ad.ads).toEqual([]);
    expect(ad.page).toMatchObject({ title: null });
    expect(ad.messaging).toEqual({ headline: null, hero: null, ctas: [], valueProps: [] });
    expect(normalizeObservation({ url: 'https://x.test/', kind: 'social-profile' })!.profile).toBeNull();
    expect(normalizeObservation({ url: 'https://x.test/', kind: 'serp', serp: { engine: 'google' } })!.serp).toMatchObject({ engine: 'google', query: null, results: [] });
  });

  it('drops unknown channels, evidence that is not an object, and odd list entries', () => {
    const o = normalizeObservation({
      url: 'https://x.test/',
      kind: 'page',
      channels: [{ channel: 'telepathy', stage: 'reach', confidence: 1, evidence: [] }, { channel: 'paid-search', stage: 'reach', media: 'paid', funnel: 'tofu', confidence: 0.9, evidence: ['a string', 42, null, { source: 'script-src', value: 'gtag' }] }, 'junk'],
      technologies: [{ id: 'x', name: 'X', channels: ['paid-social', 'nope'], evidence: 'none' }],
      offers: [{ price: 'free' }, { price: 10, currency: 'THB', evidence: {} }],
    })!;
    expect(o.channels).toHaveLength(1);
    expect(o.channels[0].evidence).toEqual([{ source: 'script-src', value: 'gtag' }]);
    expect(o.technologies[0]).toMatchObject({ channels: ['paid-social'], evidence: [], categories: [] });
    expect(o.offers).toEqual([{ price: 10, currency: 'THB', evidence: [] }]);
  });

  it('refuses what cannot be an observation', () => {
    for (const v of [null, 5, 'x', [], { kind: 'page' }]) expect(normalizeObservation(v)).toBeNull();
  });
});

describe('settings through the schema', () => {
  it('gives defaults for values of the wrong type', () => {
    expect(normalizeSetting('pestle', 42)).toEqual({});
    expect(normalizeSetting('pestle', { legal: 'PDPA', economic: 7 })).toEqual({ legal: 'PDPA' });
    expect(normalizeSetting('notes:3', 12)).toBeUndefined();
    expect(normalizeSetting('notes:3', { notes: 5, swot: 'x' })).toEqual({ notes: '', swot: { strengths: '', weaknesses: '', opportunities: '', threats: '' } });
    const s = readPlanSettings((k) => ({ planContext: { audience: 5, monthlyBudget: 'lots', goals: 'sales', skills: [1], currency: 9, presenceStrategy: 'maybe' }, language: 7, planWeights: 'heavy' })[k]);
    const ctx = normalizeContext(s.context);
    expect(ctx.audience).toEqual({ description: '', age: 'adult', buyer: 'b2c', purchase: 'impulse' });
    expect(ctx.monthlyBudget).toBe(500);
    expect(ctx.currency).toBe('USD');
    expect(ctx.presenceStrategy).toBe('balanced');
    expect(s.language).toBe('auto');
    expect(s.weights).toEqual({});
  });
});

describe('restore of crafted backups', () => {
  beforeEach(async () => {
    await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
  });

  const backup = (observation: object, settings: { key: string; value: unknown }[] = []) =>
    JSON.stringify({
      format: 'racescout-backup',
      version: 1,
      exportedAt: '2026-12-01T00:00:00Z',
      tables: {
        competitors: [{ id: 1, name: 'X', domains: ['x.test'], handles: [], own: false, createdAt: '2026-12-01T00:00:00Z' }],
        observations: [{ id: 1, competitorId: 1, url: 'https://x.test/', domain: 'x.test', kind: 'page', capturedAt: '2026-12-01T00:00:00Z', analyzerVersion: 1, observation }],
        captures: [],
        snapshots: [],
        settings,
      },
    });
  const minimal = { url: 'https://x.test/', page: {}, offers: [], technologies: [], socialProfiles: [], emailCapture: { present: false }, channels: [], ads: [], promotions: [], messaging: { ctas: [] }, structuredData: { types: [] } };

  it('stores what the views read', async () => {
    const r = await restoreBackup(backup({ ...minimal, kind: 'social-profile', channels: [{ channel: 'nope', confidence: 1, evidence: [] }] }, [{ key: 'pestle', value: 3 }, { key: 'notes:1', value: 'x' }, { key: 'planContext', value: { monthlyBudget: 'x' } }]));
    expect(r).toEqual({ ok: true });
    const [row] = await db.observations.toArray();
    expect(row.kind).toBe('social-profile');
    expect(row.observation.profile).toBeNull();
    expect(row.observation.channels).toEqual([]);
    expect(row.observation.messaging).toEqual({ headline: null, hero: null, ctas: [], valueProps: [] });
    expect(await db.settings.get('pestle')).toEqual({ key: 'pestle', value: {} });
    expect(await db.settings.get('notes:1')).toBeUndefined();
    expect((await planSettings()).context).toEqual({});
  });
});
