/**
 * Paid and search research in the real extension: a saved Google results page (clipped twice)
 * and a saved Bing results page, served at their real https addresses through the local proxy.
 * The ads export has one row per distinct ad with two sightings each; the searches export has
 * both queries' organic results at their ranks; `#ads` and `#searches` open those views.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, clipUrl, launchExtension, readTable, sendMessage, waitUntil, type ExtensionSession } from './harness';
import { startProxy, type SiteProxy } from './proxy';
import { analyze } from '../../lib/analyze/analyze';
import { registrableDomain } from '../../lib/analyze/domain';

const CORPUS = path.resolve(ROOT, '../shared/corpus');
const PAGES = {
  google: { file: path.join(CORPUS, 'real-serps/pages/junan__google-scraper__buy-domain-en-TH.html'), url: 'https://www.google.com/search?hl=en&lr=lang_en&q=buy+domain' },
  bing: { file: path.join(CORPUS, 'real-serps/pages/sanguinary-bus__web-search-mcp__javascript-tutorial-http.html'), url: 'https://www.bing.com/search?q=javascript+tutorial' },
};
/** Hosts whose URLs are an engine's own click wrappers, never a landing page. */
const ENGINE_HOSTS = /(^|\.)(google\.[a-z.]+|googleadservices\.com|doubleclick\.net|bing\.com)$/;

let proxy: SiteProxy;
let session: ExtensionSession;

beforeAll(async () => {
  proxy = await startProxy({ routes: { 'www.google.com/search': PAGES.google.file, 'www.bing.com/search': PAGES.bing.file } });
  session = await launchExtension({ proxy, viewport: { width: 420, height: 900 } });
});

afterAll(async () => {
  await session?.close();
  await proxy?.close();
});

const clip = (url: string) => clipUrl(session, url);

async function csv(table: 'ads' | 'searches'): Promise<Record<string, string>[]> {
  const answer = await sendMessage(session.panel, { type: 'export', format: 'csv', table });
  expect(answer.ok).toBe(true);
  const text = (answer as { text: string }).text.replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('ad swipe file and search landscape', () => {
  it('clips Google twice and Bing once; exports distinct ads and the searches', async () => {
    await clip(PAGES.google.url);
    await clip(PAGES.google.url);
    await clip(PAGES.bing.url);
    const google = analyze({ html: readFileSync(PAGES.google.file, 'utf8'), url: PAGES.google.url });
    const bing = analyze({ html: readFileSync(PAGES.bing.file, 'utf8'), url: PAGES.bing.url });
    expect(google.ads.length).toBeGreaterThan(0);

    const ads = await csv('ads');
    const googleAds = ads.filter((r) => r.platform === 'google');
    expect(googleAds).toHaveLength(google.ads.length);
    for (const r of googleAds) {
      expect(r.times_seen).toBe('2');
      expect(r.advertiser_domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(r.first_seen <= r.last_seen).toBe(true);
      expect(r.placement).toContain('buy domain');
      expect(new URL(r.landing_url).hostname).not.toMatch(ENGINE_HOSTS);
    }

    const searches = await csv('searches');
    for (const [engine, obs] of [['google', google], ['bing', bing]] as const) {
      const rows = searches.filter((r) => r.engine === engine && r.query === obs.serp!.query);
      const top = obs.serp!.results.filter((r) => r.rank <= 5);
      expect(top.length).toBeGreaterThan(0);
      // One row per domain: its best organic rank on that query.
      for (const res of top) {
        const domain = registrableDomain(res.url);
        const best = Math.min(...obs.serp!.results.filter((r) => registrableDomain(r.url) === domain).map((r) => r.rank));
        expect([domain, rows.find((r) => r.domain === domain)?.organic_rank]).toEqual([domain, String(best)]);
      }
    }
  });

  it('an advertiser accepted as a competitor shows its search ads on its profile', async () => {
    const google = analyze({ html: readFileSync(PAGES.google.file, 'utf8'), url: PAGES.google.url });
    const domain = google.ads.map((a) => a.landingUrl && registrableDomain(a.landingUrl)).find(Boolean)!;
    const panel = session.panel;
    await panel.goto(session.extensionUrl('sidepanel.html#competitors'));
    const suggestion = panel.locator(`[data-view="suggestions"] li[data-domain="${domain}"]`);
    if (!(await suggestion.count())) await panel.locator('[data-view="suggestions"] > button.link').click();
    await suggestion.locator('button').first().click();
    const found = await waitUntil(() => readTable<{ id: number; domains: string[] }>(panel, 'competitors'), (all) => all.some((c) => c.domains.includes(domain)));
    const id = found.value.find((c) => c.domains.includes(domain))!.id;
    await panel.goto(session.extensionUrl(`sidepanel.html#competitor/${id}`));
    const profile = panel.locator('section[data-view="competitor"]');
    // Its ad was seen on the two Google clips, not in a clip of its own site.
    const card = profile.locator('[data-testid="competitor-ads"] li.ad').first();
    await card.waitFor();
    expect(await card.locator('[data-times-seen]').getAttribute('data-times-seen')).toBe('2');
  });

  it('opens the ads and searches views from the URL hash', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(session.extensionUrl('sidepanel.html#ads'));
    await page.locator('section[data-view="ads"] li.ad').first().waitFor();
    expect(await page.locator('section[data-view="ads"] li.ad [data-times-seen="2"]').count()).toBeGreaterThan(0);
    await page.goto(session.extensionUrl('sidepanel.html#searches'));
    await page.locator('section[data-view="searches"] article.query').first().waitFor();
    const queries = await page.locator('article.query').evaluateAll((els) => els.map((e) => e.getAttribute('data-query')));
    expect(queries.sort()).toEqual(['buy domain', 'javascript tutorial']);
    // Switching tabs writes the view into the hash, so the address can be shared.
    await page.locator('button[data-tab="ads"]').click();
    expect(new URL(page.url()).hash).toBe('#ads');
    // Nothing overflows the 420 px panel.
    for (const hash of ['#ads', '#searches']) {
      await page.goto(session.extensionUrl(`sidepanel.html${hash}`));
      await page.waitForSelector('section[data-view]');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);
    }
    await page.close();
  });

  it('reads the query from the page’s search box when the address says otherwise (the box survives capture on a results page)', async () => {
    // The same saved page at an address whose q= is stale: the box and the results say "buy domain".
    const id = await clipUrl(session, 'https://www.google.com/search?q=cheap+domains&hl=en');
    const rows = await readTable<{ id: number; observation: { serp?: { query: string | null } } }>(session.panel, 'observations');
    expect(rows.find((r) => r.id === id)?.observation.serp?.query).toBe('buy domain');
  });
});
