/**
 * The save path files each clip (lib/store/attribution.ts) on real corpus pages: shop pages make
 * competitors; a search page and a news article are kept as venue pages; what they show is
 * credited to a known competitor or suggested; a picked ad goes to its advertiser, and one that
 * names no business of its own stays a venue page. Deleting a competitor keeps every
 * venue page; screenshots are read from the capture row.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../lib/analyze/analyze';
import { parsePage } from '../../lib/analyze/document';
import { pickedFromPage } from '../../lib/analyze/adapters/sites/picked-ad';
import type { CaptureInput } from '../../lib/analyze/types';
import { openRaceScoutDb, type RaceScoutDb } from '../../lib/store/db';
import { saveClip } from '../../lib/store/queries';
import { deleteCompetitor, planData } from '../../lib/store/queries-plan';
import { adCreative, clipScreenshot } from '../../lib/store/screenshots';
import { acceptSuggestion, dismissSuggestion, openSuggestions } from '../../lib/store/suggestions';
import { computeMatrix } from '../../lib/plan/matrix';
import { searchesOwned } from '../../lib/plan/searches';

const NAME = 'racescout-attribution-test';
const corpus = resolve(process.cwd(), '../shared/corpus');
const read = (path: string) => readFileSync(resolve(corpus, path), 'utf8');
let db: RaceScoutDb;
let clock = Date.UTC(2026, 3, 1, 8);

beforeEach(async () => {
  db = openRaceScoutDb(NAME);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(NAME);
});

const SHOT = 'data:image/png;base64,iVBORw0KGgo=';
async function clip(url: string, path: string, html = read(path), pick?: string): Promise<number> {
  const capture: CaptureInput = { url, html, capturedAt: new Date((clock += 1000)).toISOString() };
  const picked = pick ? pickedFromPage(parsePage(html, url), pick)! : undefined;
  const full = picked ? { ...capture, picked } : capture;
  return saveClip(full, analyze(full), SHOT, db);
}

const SERP = ['https://www.google.com/search?q=buy+bike&hl=en&lr=lang_on', 'real-serps/pages/junan__elixir-google-scraper__buy-bike.html'] as const;
const ARTICLE = ['https://www.macrumors.com/2016/05/24/apple-siri-sdk-amazon-echo-competitor/', 'metascraper/packages/metascraper/test/integration/mac-rumors/input.html'] as const;
const adOn = (landing: string) =>
  read(ARTICLE[1]).replace(/<\/body>/i, `<div id="rs-ad"><a href="https://adclick.g.doubleclick.net/pcs/click?adurl=${encodeURIComponent(landing)}"><img src="https://tpc.googlesyndication.com/simgad/7" width="300" height="250" alt="Spring sale on every bike"></a><h3>Spring sale</h3></div></body>`);

describe('filing clips', () => {
  it('a shop page is a competitor; a search page and an article are venue pages', async () => {
    await clip('https://www.1000bulbs.com/product/113695/EIKO-H11BCVSUBP1.html', 'formasaurus/html/www.1000bulbs.com-4.html');
    const serp = await clip(...SERP);
    const article = await clip(...ARTICLE);
    expect((await db.competitors.toArray()).map((c) => c.domains[0])).toEqual(['1000bulbs.com']);
    expect(await db.observations.get(serp)).toMatchObject({ competitorId: null, venue: 'search', venueDomain: 'google.com' });
    expect(await db.observations.get(article)).toMatchObject({ competitorId: null, venue: 'publisher', venueDomain: 'macrumors.com' });
    const data = await planData(db);
    expect(computeMatrix(data).competitors).toHaveLength(1);
    expect(data.venuePages).toHaveLength(2);
  });

  it('what a search page shows is suggested, once per domain, and credited once accepted', async () => {
    const serp = await clip(...SERP);
    const open = await openSuggestions(db);
    expect(open.length).toBeGreaterThanOrEqual(10);
    expect(await db.competitors.count()).toBe(0);
    const advertiser = open.find((s) => s.via.includes('ad'))!;
    expect(advertiser.observationIds).toEqual([serp]);
    await clip(...SERP);
    expect((await db.suggestions.get(advertiser.id))?.seen).toBe(2);
    const id = (await acceptSuggestion(advertiser.id, db))!;
    expect(await db.competitors.get(id)).toMatchObject({ domains: [advertiser.domain] });
    const data = await planData(db);
    expect(searchesOwned(data).get(id)?.[0]).toMatchObject({ query: 'buy bike', engine: 'google' });
    expect(computeMatrix(data).voice[0].ads).toBeGreaterThanOrEqual(1);
    // The search pages stay venue pages.
    expect(await db.observations.where('venue').equals('search').count()).toBe(2);
  });

  it('a dismissed suggestion is not asked again', async () => {
    await clip(...SERP);
    const [first] = await openSuggestions(db);
    await dismissSuggestion(first.id, db);
    await clip(...SERP);
    expect((await openSuggestions(db)).map((s) => s.domain)).not.toContain(first.domain);
  });

  it('a picked ad goes to its advertiser with its creative; one naming no business waits as a venue page', async () => {
    await clip('https://www.1000bulbs.com/product/113695/EIKO-H11BCVSUBP1.html', 'formasaurus/html/www.1000bulbs.com-4.html');
    const known = await clip(ARTICLE[0], ARTICLE[1], adOn('https://www.1000bulbs.com/sale?utm_source=macrumors&utm_campaign=bulbs'), '#rs-ad');
    const bulbs = (await db.competitors.toArray())[0];
    expect((await db.observations.get(known))?.competitorId).toBe(bulbs.id);
    expect(await adCreative(known, db)).toBe(SHOT);

    // The user pointed at this ad: its advertiser becomes a competitor, the publisher never does.
    const fresh = await clip(ARTICLE[0], ARTICLE[1], adOn('https://www.brooklynbrewshop.com/cider?utm_campaign=fall'), '#rs-ad');
    const brew = (await db.competitors.where('domains').equals('brooklynbrewshop.com').first())!;
    expect((await db.observations.get(fresh))?.competitorId).toBe(brew.id);

    // Landing on a marketplace names no business of its own: kept where it ran.
    const nowhere = await clip(ARTICLE[0], ARTICLE[1], adOn('https://shopee.co.th/some.store/123?utm_campaign=x'), '#rs-ad');
    expect(await db.observations.get(nowhere)).toMatchObject({ competitorId: null, venue: 'publisher', venueDomain: 'macrumors.com' });
    expect((await db.competitors.toArray()).map((c) => c.domains[0]).sort()).toEqual(['1000bulbs.com', 'brooklynbrewshop.com']);
  });

  it('a competitor\'s own article stays its page; deleting a competitor keeps the venue pages', async () => {
    const macrumors = await db.competitors.add({ name: 'MacRumors', domains: ['macrumors.com'], handles: [], own: true, createdAt: '2026-01-01T00:00:00Z' } as never);
    const own = await clip(...ARTICLE);
    expect((await db.observations.get(own))?.competitorId).toBe(macrumors);
    const serp = await clip(...SERP);
    await deleteCompetitor(macrumors, db);
    expect(await db.observations.get(serp)).toBeDefined();
    expect(await db.observations.get(own)).toBeUndefined();
  });

  it('every clip\'s screenshot is read from its capture row', async () => {
    const id = await clip(...SERP);
    expect((await db.observations.get(id))?.screenshot).toBeUndefined();
    expect(await clipScreenshot(id, db)).toBe(SHOT);
    await db.captures.where('observationId').equals(id).modify({ screenshot: 'https://evil.example/x.png' });
    expect(await clipScreenshot(id, db)).toBeNull();
  });
});
