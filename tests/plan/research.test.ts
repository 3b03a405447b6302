/** The swipe file, the search landscape and campaign tracking: pure functions over stored clips. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze/analyze';
import type { Ad, Observation } from '../../lib/analyze/types';
import { adKey, distinctAds, filterAds } from '../../lib/plan/ads';
import { searchLandscape } from '../../lib/plan/search-landscape';
import { missingTags, proposedConvention, utmConventions } from '../../lib/plan/campaign-tracking';
import { adsCsv, searchesCsv } from '../../lib/plan/csv';
import { withoutTracking } from '../../lib/plan/tracking-params';
import { comp, po } from './make';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

const ad = (over: Partial<Ad> = {}): Ad => ({ advertiser: 'Shop A', headline: 'Running shoes sale', text: 'Up to 50% off', displayUrl: 'shopa.com', landingUrl: 'https://www.shopa.com/sale?utm_source=google&gclid=abc', position: 'top-1', ...over });
const serp = (engine: string, query: string, results: string[], ads: Ad[] = []): Partial<Observation> => ({
  kind: 'serp',
  url: `https://www.${engine}.com/search?q=${encodeURIComponent(query)}`,
  domain: `${engine}.com`,
  serp: { engine, query, results: results.map((url, i) => ({ rank: i + 1, title: `Result ${i + 1}`, url, displayUrl: null, snippet: null })) },
  ads,
});

describe('distinct ads', () => {
  it('one ad seen twice is one ad with two sightings; tracking parameters do not split it', () => {
    const clips = [
      po(9, '2026-03-01T10:00:00Z', serp('google', 'running shoes', [], [ad()]), 1),
      po(9, '2026-03-02T10:00:00Z', serp('google', 'running shoes', [], [ad({ landingUrl: 'https://shopa.com/sale/?gclid=zzz&utm_source=google' })]), 2),
      po(9, '2026-03-02T11:00:00Z', serp('google', 'trail shoes', [], [ad({ headline: 'Trail shoes 30% off' })]), 3),
    ];
    const ads = distinctAds(clips, [comp(1, 'Shop A', ['shopa.com'])]);
    expect(ads).toHaveLength(2);
    const running = ads.find((a) => a.headline === 'Running shoes sale')!;
    expect(running).toMatchObject({ timesSeen: 2, firstSeen: '2026-03-01T10:00:00Z', lastSeen: '2026-03-02T10:00:00Z', competitorId: 1, advertiserDomain: 'shopa.com', platform: 'google' });
    expect(running.sightings.map((s) => s.observationId)).toEqual([2, 1]);
    expect(running.sightings[0].placement).toEqual({ kind: 'search', where: 'google', query: 'running shoes', position: 'top-1' });
  });

  it('an ad-library id identifies an ad whatever its text', () => {
    const lib = (text: string, id: number) => po(9, `2026-03-0${id}T00:00:00Z`, { kind: 'ad', adapter: 'meta-ad-library', ads: [ad({ libraryId: '778899', text, platform: 'facebook' })] }, id);
    const ads = distinctAds([lib('v1', 1), lib('v2', 2)], []);
    expect(ads).toHaveLength(1);
    expect(ads[0]).toMatchObject({ timesSeen: 2, text: 'v2', competitorId: null, platform: 'facebook' });
    expect(ads[0].sightings[0].placement.kind).toBe('ad-library');
  });

  it('keys differ when advertiser, headline or landing page differ', () => {
    expect(adKey(ad(), 'google')).not.toBe(adKey(ad({ landingUrl: 'https://shopa.com/other' }), 'google'));
    expect(adKey(ad(), 'google')).not.toBe(adKey(ad({ headline: 'Other' }), 'google'));
    expect(adKey(ad(), 'google')).toBe(adKey(ad({ headline: '  running   SHOES sale ' }), 'google'));
    expect(withoutTracking('https://www.a.com/p/?b=2&utm_medium=cpc&a=1#x')).toBe('a.com/p?a=1&b=2');
  });

  it('filters by competitor, platform, placement, dates, text, tag and board', () => {
    const clips = [
      po(9, '2026-03-01T00:00:00Z', serp('google', 'q1', [], [ad()]), 1),
      po(9, '2026-03-05T00:00:00Z', { kind: 'ad', adapter: 'picked-ad', url: 'https://news.example.org/a', ads: [ad({ advertiser: 'Shop B', headline: 'Sofa week', landingUrl: 'https://shopb.com/sofa' })] }, 2),
    ];
    const ads = distinctAds(clips, [comp(1, 'A', ['shopa.com']), comp(2, 'B', ['shopb.com'])]);
    expect(filterAds(ads, { competitorId: 2 }).map((a) => a.headline)).toEqual(['Sofa week']);
    expect(filterAds(ads, { platform: 'google' }).map((a) => a.headline)).toEqual(['Running shoes sale']);
    expect(filterAds(ads, { placement: 'news.example.org' }).map((a) => a.headline)).toEqual(['Sofa week']);
    expect(filterAds(ads, { from: '2026-03-02' }).map((a) => a.headline)).toEqual(['Sofa week']);
    expect(filterAds(ads, { to: '2026-03-02' }).map((a) => a.headline)).toEqual(['Running shoes sale']);
    expect(filterAds(ads, { text: 'SOFA' })).toHaveLength(1);
    const labels = new Map([[ads[1].key, { tags: ['q1-promo'], boards: ['Spring'] }]]);
    expect(filterAds(ads, { tag: 'q1-promo' }, labels)).toEqual([ads[1]]);
    expect(filterAds(ads, { board: 'Spring' }, labels)).toEqual([ads[1]]);
  });

  it('an ad clip filed under a competitor stays with it when its ad names no known business; search ads never follow their page', () => {
    const clips = [
      po(3, '2026-03-01T00:00:00Z', { kind: 'ad', adapter: 'picked-ad', url: 'https://news.example.org/a', ads: [ad({ advertiser: 'Brand X', headline: 'New range', displayUrl: null, landingUrl: 'https://lp.brandx-promo.net/spring' })] }, 1),
      po(3, '2026-03-01T00:00:00Z', serp('google', 'q1', [], [ad({ advertiser: 'Other', landingUrl: 'https://other.example/', displayUrl: null, headline: 'Other ad' })]), 2),
    ];
    const ads = distinctAds(clips, [comp(3, 'Brand X', ['brandx.com'])]);
    expect(ads.find((a) => a.headline === 'New range')?.competitorId).toBe(3);
    expect(ads.find((a) => a.headline === 'Other ad')?.competitorId).toBeNull();
  });

  it('a real Google page clipped twice gives each of its ads two sightings', () => {
    const file = path.join(CORPUS, 'real-serps/pages/junan__google-scraper__buy-domain-en-TH.html');
    const url = 'https://www.google.com/search?hl=en&lr=lang_en&q=buy+domain';
    const o = analyze({ html: readFileSync(file, 'utf8'), url });
    expect(o.ads.length).toBeGreaterThan(0);
    const ads = distinctAds([po(9, '2026-03-01T00:00:00Z', o, 1), po(9, '2026-03-02T00:00:00Z', o, 2)], []);
    expect(ads).toHaveLength(new Set(o.ads.map((a) => adKey(a, 'google'))).size);
    for (const a of ads) expect(a.timesSeen).toBe(2);
    const rows = Papa.parse<Record<string, string>>(adsCsv(ads, []), { header: true }).data;
    expect(rows).toHaveLength(ads.length);
    for (const r of rows) {
      expect(r.times_seen).toBe('2');
      expect(r.advertiser_domain).not.toBe('');
      expect(new URL(r.landing_url).hostname).not.toMatch(/google\./);
    }
  });
});

describe('search landscape', () => {
  const competitors = [comp(1, 'Me', ['me.co.th'], true), comp(2, 'Rival', ['rival.com']), comp(3, 'Other', ['other.com'])];
  const clips = [
    po(9, '2026-03-01T00:00:00Z', serp('google', 'serum', ['https://x.com/', 'https://rival.com/serum', 'https://me.co.th/serum']), 1),
    po(9, '2026-03-03T00:00:00Z', serp('google', 'Serum ', ['https://rival.com/serum', 'https://x.com/'], [ad({ advertiser: 'Other', landingUrl: 'https://other.com/', headline: 'Other serum' })]), 2),
    po(9, '2026-03-02T00:00:00Z', serp('bing', 'vitamin c', [...Array.from({ length: 10 }, (_, i) => `https://filler${i}.com/`), 'https://me.co.th/c']), 3),
  ];
  const land = searchLandscape(clips, competitors);

  it('the latest clip of a query describes it, with ranks and ads marked', () => {
    expect(land.queries.map((q) => [q.engine, q.query, q.observationId, q.clips])).toEqual([
      ['google', 'Serum', 2, 2],
      ['bing', 'vitamin c', 3, 1],
    ]);
    const g = land.queries[0];
    expect(g.organic.map((r) => [r.rank, r.domain, r.competitorId])).toEqual([
      [1, 'rival.com', 2],
      [2, 'x.com', null],
    ]);
    expect(g.paid).toEqual([expect.objectContaining({ position: 1, domain: 'other.com', competitorId: 3, headline: 'Other serum', own: false })]);
  });

  it('share of search counts top-10 organic and paid presence per query; gaps are queries the own brand misses', () => {
    const share = new Map(land.share.map((s) => [s.name, s]));
    expect(share.get('Rival')).toMatchObject({ organicQueries: 1, paidQueries: 0, bestRank: 1, queries: 2 });
    expect(share.get('Other')).toMatchObject({ organicQueries: 0, paidQueries: 1 });
    // Rank 11 on Bing is not the first page.
    expect(share.get('Me')).toMatchObject({ organicQueries: 0, own: true });
    expect(land.gaps.map((g) => [g.query, g.competitorId, g.organicRank, g.paid])).toEqual([
      ['Serum', 2, 1, false],
      ['Serum', 3, null, true],
    ]);
  });

  it('without an own brand there are no gaps to claim', () => {
    const l = searchLandscape(clips, competitors.map((c) => ({ ...c, own: false })));
    expect(l.hasOwnBrand).toBe(false);
    expect(l.gaps).toEqual([]);
  });

  it('exports one row per query, engine and domain', () => {
    const rows = Papa.parse<Record<string, string>>(searchesCsv(land, competitors), { header: true }).data;
    const serum = rows.filter((r) => r.query === 'Serum');
    expect(serum.map((r) => [r.domain, r.organic_rank, r.ad_position, r.competitor])).toEqual([
      ['rival.com', '1', '', 'Rival'],
      ['x.com', '2', '', ''],
      ['other.com', '', '1', 'Other'],
    ]);
    expect(rows.filter((r) => r.query === 'vitamin c')).toHaveLength(11);
  });
});

describe('campaign tracking', () => {
  const competitors = [comp(1, 'Me', ['me.co.th'], true), comp(2, 'Rival', ['rival.com'])];

  it('reads the UTM convention from ads and campaign landings', () => {
    const clips = [
      po(9, '2026-03-01T00:00:00Z', serp('google', 'q', [], [ad({ landingUrl: 'https://rival.com/a?utm_source=google&utm_medium=cpc&utm_campaign=th_sale_2026' })]), 1),
      po(2, '2026-03-01T00:00:00Z', { url: 'https://rival.com/b?utm_source=facebook', campaign: { channel: 'paid-social', source: 'facebook', medium: 'paid_social', name: 'th_flash_sale', clickIds: [], evidence: [] } }, 2),
    ];
    const [r] = utmConventions(clips, competitors);
    expect(r).toMatchObject({ competitorId: 2, samples: 2, separator: '_', lowercase: true });
    expect(r.fields.utm_source).toEqual([
      { value: 'facebook', count: 1 },
      { value: 'google', count: 1 },
    ]);
    expect(r.fields.utm_term).toBeUndefined();
  });

  it('proposes one lower-case row per chosen channel', () => {
    const rows = proposedConvention(['paid-search', 'paid-social'], 'TH', 'Sales', new Date('2026-12-04T00:00:00Z'));
    expect(rows).toEqual([
      { channel: 'paid-search', source: 'google', medium: 'cpc', campaign: '2026-12_th_sales_theme' },
      { channel: 'paid-social', source: 'facebook', medium: 'paid_social', campaign: '2026-12_th_sales_theme' },
    ]);
  });

  it('lists measurement tags competitors run and the own site lacks, only when the own site was clipped', () => {
    const tech = (id: string, categories: string[]) => ({ id, name: id, categories, channels: [], stage: 'reach' as const, confidence: 1, evidence: [] });
    const rival = po(2, '2026-03-01T00:00:00Z', { technologies: [tech('tiktok-pixel', ['advertising']), tech('ga4', ['analytics']), tech('shopify', ['ecommerce-platform'])] });
    const mine = po(1, '2026-03-01T00:00:00Z', { technologies: [tech('ga4', ['analytics'])] });
    expect(missingTags([rival, mine], competitors).map((m) => m.technologyId)).toEqual(['tiktok-pixel']);
    expect(missingTags([rival], competitors)).toEqual([]);
  });
});


describe('research in the exported plan and the creatives zip', () => {
  it('the Reach section has keyword strengths, gaps and campaign tracking', async () => {
    const { buildPlanInput } = await import('../../lib/plan/plan-input');
    const { readPlanSettings } = await import('../../lib/plan/settings');
    const { renderMarkdownPlan } = await import('../../lib/plan/markdown');
    const { makeI18n } = await import('../../lib/i18n');
    const competitors = [comp(1, 'Me', ['me.co.th'], true), comp(2, 'Rival', ['rival.com'])];
    const clips = [
      po(9, '2026-03-03T00:00:00Z', serp('google', 'serum', ['https://rival.com/serum', 'https://x.com/'], [ad({ advertiser: 'Rival', landingUrl: 'https://rival.com/?utm_source=google&utm_medium=cpc&utm_campaign=mar_sale', headline: 'Rival serum' })]), 1),
      po(1, '2026-03-01T00:00:00Z', { url: 'https://me.co.th/' }, 2),
    ];
    const md = renderMarkdownPlan(buildPlanInput({ competitors, observations: clips, snapshots: [] }, readPlanSettings(() => undefined)), makeI18n('en'), new Date('2026-12-04T00:00:00Z'));
    const reach = md.slice(md.indexOf('## Reach'));
    expect(reach).toContain('### Keyword strengths (paid and organic)');
    expect(reach).toMatch(/\| Rival \| 1 of 1 queries \| #1 \| 1 of 1 queries \| “serum” #1 \+ ad \|/);
    expect(reach).toContain('“serum” (google): Rival — organic #1, ad');
    expect(reach).toContain('### Campaign tracking');
    expect(reach).toMatch(/\| Rival \| 1 \| google \(1\) \| cpc \(1\) \| mar\\_sale \(1\) \|/);
    expect(reach).toContain('`2026-12_market_sales_theme`');
  });

  it('zips the CSV with a BOM and each stored creative', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const { creativesZip } = await import('../../lib/plan/creatives-zip');
    const ads = distinctAds([po(9, '2026-03-01T00:00:00Z', { kind: 'ad', adapter: 'picked-ad', url: 'https://news.example.org/a', ads: [ad()] }, 1), po(9, '2026-03-01T00:00:00Z', serp('google', 'q', [], [ad({ headline: 'Text only' })]), 2)], []);
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=';
    const files = unzipSync(creativesZip(ads, [], new Map([[ads.find((a) => a.headline === 'Running shoes sale')!.key, png]])));
    const names = Object.keys(files).sort();
    expect(names).toEqual(['ads.csv', expect.stringMatching(/^creatives\/\d{3}-shopa-com\.png$/)]);
    expect([...files[names[1]].slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect([...files['ads.csv'].slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(strFromU8(files['ads.csv'].slice(3)), { header: true }).data;
    expect(rows.map((r) => r.creative_file)).toEqual(expect.arrayContaining([names[1], '']));
  });
});
