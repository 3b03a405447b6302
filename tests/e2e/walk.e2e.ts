/**
 * The walk of issue 9, in Chromium on saved real pages at their real addresses (the local proxy
 * of tests/e2e/proxy.ts answers them on loopback, https included): three shops' product pages,
 * a Google results page, and a display ad picked on a news article (MacRumors, from the corpus,
 * with an ad slot added the way ad servers write it, its click going through DoubleClick to one
 * of the shops with utm_ parameters).
 *
 * Competitors are exactly the shops; the results page and the article are kept as venue pages;
 * the ad is filed under its advertiser with its landing URL, its utm_ parameters and its cropped
 * creative, and none of the article's technologies or social accounts; the matrix CSV starts
 * with a byte-order mark and has no venue row; the businesses the results page showed wait as
 * suggestions in the panel.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { ROOT, clipUrl, launchExtension, pickAdAt, readTable, sendMessage, waitUntil, type ExtensionSession } from './harness';
import { startProxy, type SiteProxy } from './proxy';
import { AD_SELECTOR, ARTICLE, LANDING, routeNewsArticle } from './news-ad';
import type { Observation } from '../../lib/analyze/types';

const CORPUS = path.resolve(ROOT, '../shared/corpus');
const corpusFile = (p: string) => path.join(CORPUS, p);

/** Three shops of three owners (formasaurus product pages, at the addresses pages.jsonl gives). */
const SHOPS = [
  { url: 'http://brooklynbrewshop.com/beer-making-kits/hard-cider-kit', file: 'formasaurus/html/brooklynbrewshop.com-1.html', domain: 'brooklynbrewshop.com' },
  { url: 'https://well.ca/products/head-and-shoulders-men-full-thick_87329.html?cat=340', file: 'formasaurus/html/well.ca-6.html', domain: 'well.ca' },
  { url: 'https://www.1000bulbs.com/product/113695/EIKO-H11BCVSUBP1.html', file: 'formasaurus/html/www.1000bulbs.com-4.html', domain: '1000bulbs.com' },
];
const SEARCH = { url: 'https://www.google.com/search?q=buy+bike&hl=en&lr=lang_on', file: 'real-serps/pages/junan__elixir-google-scraper__buy-bike.html' };
type Row = { id: number; competitorId: number | null; venue?: string | null; venueDomain?: string | null; kind: string; url: string; observation: Observation };
type Competitor = { id: number; name: string; domains: string[] };

let proxy: SiteProxy;
let session: ExtensionSession;

beforeAll(async () => {
  proxy = await startProxy();
  for (const s of [...SHOPS, SEARCH]) {
    const u = new URL(s.url);
    proxy.route(u.hostname + u.pathname, corpusFile(s.file));
  }
  routeNewsArticle(proxy, CORPUS);
  session = await launchExtension({ proxy });
});

afterAll(async () => {
  await session?.close();
  await proxy?.close();
});

const clip = (url: string) => clipUrl(session, url);

const pickAd = (page: Page) => pickAdAt(session, page, AD_SELECTOR);

const rows = () => readTable<Row>(session.panel, 'observations');

describe('issue 9: conclusions a marketer can trust, walked in Chromium', () => {
  let articleObs: Observation;

  it('clips three shops, a results page on its real host and a news article', async () => {
    for (const s of SHOPS) await clip(s.url);
    const serpId = await clip(SEARCH.url);
    const articleId = await clip(ARTICLE.url);
    expect(proxy.requests).toContain(SEARCH.url);
    const all = await rows();
    const serp = all.find((r) => r.id === serpId)!;
    const article = all.find((r) => r.id === articleId)!;
    articleObs = article.observation;
    expect(serp).toMatchObject({ competitorId: null, venue: 'search', venueDomain: 'google.com', kind: 'serp' });
    expect(serp.observation.ads.length).toBeGreaterThan(0);
    expect(article).toMatchObject({ competitorId: null, venue: 'publisher', venueDomain: 'macrumors.com' });
    // The article has a stack and accounts of its own, which the ad must not inherit.
    expect(articleObs.technologies.length).toBeGreaterThanOrEqual(3);
    expect(articleObs.socialProfiles.length).toBeGreaterThanOrEqual(3);
  });

  it('files the ad picked on the article under its advertiser, with landing URL, utm_ parameters and creative only', async () => {
    const before = (await rows()).length;
    const page = await session.open(ARTICLE.url);
    await pickAd(page);
    const { value: all } = await waitUntil(rows, (r) => r.length === before + 1, 15_000);
    await page.close();
    const adRow = all[all.length - 1];
    const competitors = await readTable<Competitor>(session.panel, 'competitors');
    const bulbs = competitors.find((c) => c.domains.includes('1000bulbs.com'))!;
    expect(adRow.kind).toBe('ad');
    expect(adRow.competitorId).toBe(bulbs.id);
    const ad = adRow.observation.ads[0];
    expect(ad.landingUrl).toBe(LANDING);
    expect(ad.campaign).toMatchObject({ source: 'macrumors', medium: 'display', name: 'spring_led', content: '300x250' });
    expect(ad.adServer?.id).toBe('google-ad-manager');
    expect(ad.placement).toMatchObject({ url: ARTICLE.url, domain: 'macrumors.com' });
    // Nothing of the article: no technology, no social account, no channel drawn from them.
    expect(adRow.observation.technologies).toEqual([]);
    expect(adRow.observation.socialProfiles).toEqual([]);
    const hostNames = new Set([...articleObs.technologies.map((t) => t.name), ...articleObs.socialProfiles.map((s) => s.url)]);
    for (const c of adRow.observation.channels) for (const e of c.evidence) expect(hostNames.has(e.value), e.value).toBe(false);
    // The creative: the screenshot cropped to the picked slot, kept with the capture.
    const captures = await readTable<{ observationId: number; screenshot: string | null }>(session.panel, 'captures');
    expect(captures.find((c) => c.observationId === adRow.id)?.screenshot).toMatch(/^data:image\/(jpeg|png);base64,/);
  });

  it('competitors are exactly the shops; venue pages are kept apart from them', async () => {
    const competitors = await readTable<Competitor>(session.panel, 'competitors');
    expect(competitors.map((c) => c.domains[0]).sort()).toEqual(SHOPS.map((s) => s.domain).sort());
    const venues = (await rows()).filter((r) => r.competitorId === null);
    expect(venues.map((v) => v.venue).sort()).toEqual(['publisher', 'search']);
  });

  it('the matrix CSV starts with a byte-order mark and has no venue row', async () => {
    const answer = (await sendMessage(session.panel, { type: 'export', format: 'csv', table: 'matrix' })) as { ok: true; text: string };
    expect(answer.ok).toBe(true);
    expect(answer.text.charCodeAt(0)).toBe(0xfeff);
    const table = Papa.parse<Record<string, string>>(answer.text.slice(1), { header: true }).data.filter((r) => r.competitor);
    const names = new Set(table.map((r) => r.competitor));
    const competitors = await readTable<Competitor>(session.panel, 'competitors');
    expect(names).toEqual(new Set(competitors.map((c) => c.name)));
    for (const venue of ['google.com', 'macrumors.com', 'MacRumors']) expect(names.has(venue)).toBe(false);
  });

  it('the businesses the results page showed wait as suggestions; dismissing one removes it', async () => {
    const open = (await readTable<{ id: number; domain: string; status: string }>(session.panel, 'suggestions')).filter((s) => s.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    expect(open.some((s) => /google|macrumors/.test(s.domain))).toBe(false);
    const panel = session.panel;
    await panel.click('[data-tab="competitors"]');
    await panel.waitForSelector('[data-view="suggestions"]');
    const first = panel.locator('[data-view="suggestions"] li').first();
    const domain = await first.getAttribute('data-domain');
    await first.locator('button.link').click();
    await waitUntil(() => panel.locator(`[data-view="suggestions"] li[data-domain="${domain}"]`).count(), (n) => n === 0, 5_000);
    const stored = await readTable<{ domain: string; status: string }>(panel, 'suggestions');
    expect(stored.find((s) => s.domain === domain)?.status).toBe('dismissed');
    // Still only the shops.
    expect(await readTable(panel, 'competitors')).toHaveLength(3);
  });

  it('at 420 px the ads view and the advertiser’s profile, picked ad and long landing URL included, fit the panel', async () => {
    const competitors = await readTable<Competitor>(session.panel, 'competitors');
    const bulbs = competitors.find((c) => c.domains.includes('1000bulbs.com'))!;
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    for (const [hash, card] of [['#ads', 'section[data-view="ads"] li.ad'], [`#competitor/${bulbs.id}`, '[data-testid="competitor-ads"] li.ad']]) {
      await page.goto(session.extensionUrl(`sidepanel.html${hash}`));
      await page.locator(card).first().waitFor();
      // The picked ad's crop is its creative on the card.
      await page.locator(`${card} img.creative`).first().waitFor({ timeout: 5_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), hash).toBeLessThanOrEqual(1);
    }
    await page.close();
  });
});
