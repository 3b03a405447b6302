/**
 * Version 3 moves venues out of the competitors. A version 2 database is written the way
 * version 2 filed clips (one competitor per registrable domain, a picked ad analysed with its
 * whole host page) from REAL pages of the shared corpus run through analyze(): two pages of one
 * shop, a page of a second shop, Google and Bing result pages on their real hosts, a news
 * article and a display ad picked on it. Opened with the real schema module, the shops stay,
 * the engines and the publisher become venue pages with their captures, the ad keeps only
 * itself, and the businesses the result pages show wait as suggestions.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../lib/analyze/analyze';
import { parsePage } from '../../lib/analyze/document';
import { pickedFromPage } from '../../lib/analyze/adapters/sites/picked-ad';
import type { CaptureInput, Observation } from '../../lib/analyze/types';
import { SCHEMA_V1, SCHEMA_V2, openRaceScoutDb, snapshotOf, type CompetitorRow, type ObservationRow, type RaceScoutDb } from '../../lib/store/db';
import { encodeCapture, decodeCapture } from '../../lib/store/capture-codec';
import { matchKeys } from '../../lib/store/match';
import { deleteCompetitor, planData } from '../../lib/store/queries-plan';
import { clipScreenshot } from '../../lib/store/screenshots';
import { computeMatrix } from '../../lib/plan/matrix';
import { searchesOwned } from '../../lib/plan/searches';

const NAME = 'racescout-migration-v3-test';
const corpus = resolve(process.cwd(), '../shared/corpus');
const read = (path: string) => readFileSync(resolve(corpus, path), 'utf8');
let opened: RaceScoutDb | null = null;

afterEach(async () => {
  opened?.close();
  opened = null;
  await Dexie.delete(NAME);
});

const LANDING = 'https://www.luckybrand.com/seavees-baja-stripe/YLS0030.html?utm_source=macrumors&utm_medium=display&utm_campaign=summer_shoes';
const ARTICLE = 'https://www.macrumors.com/2016/05/24/apple-siri-sdk-amazon-echo-competitor/';
const AD = `<div id="rs-ad"><a href="https://adclick.g.doubleclick.net/pcs/click?xai=AKAOjs&adurl=${encodeURIComponent(LANDING)}"><img src="https://tpc.googlesyndication.com/simgad/99" width="300" height="250" alt="SeaVees Baja stripe, summer sale"></a><h3>Summer shoes at Lucky Brand</h3></div>`;
const article = read('metascraper/packages/metascraper/test/integration/mac-rumors/input.html').replace(/<\/body>/i, `${AD}</body>`);

/** The real clips, in the order a user took them. */
const CLIPS: { capture: CaptureInput; pick?: string }[] = [
  { capture: { url: 'http://stylelocker.co.uk/', html: read('formasaurus/html/stylelocker.co.uk-0.html') } },
  { capture: { url: 'http://stylelocker.co.uk/sweatshirts/132-beyonce-surfboard-sweatshirt.html', html: read('formasaurus/html/stylelocker.co.uk-3.html') } },
  { capture: { url: 'http://www.luckybrand.com/seavees-baja-stripe/YLS0030.html?dwvar_YLS0030_color=020&cgid=shoes', html: read('formasaurus/html/www.luckybrand.com-1.html') } },
  { capture: { url: 'https://www.google.com/search?q=buy+bike&hl=en&lr=lang_on', html: read('real-serps/pages/junan__elixir-google-scraper__buy-bike.html') } },
  { capture: { url: 'https://www.bing.com/search?q=javascript+tutorial', html: read('real-serps/pages/sanguinary-bus__web-search-mcp__javascript-tutorial-http.html') } },
  { capture: { url: ARTICLE, html: article } },
  { capture: { url: ARTICLE, html: article }, pick: '#rs-ad' },
];

/** How version 2 analysed a pick: the whole host page, with the adapter's ad on top. */
function version2Analysis(capture: CaptureInput, pick?: string): Observation {
  const host = analyze(capture);
  if (!pick) return host;
  const picked = pickedFromPage(parsePage(capture.html, capture.url), pick)!;
  const ad = analyze({ ...capture, picked }).ads[0];
  const { placement: _p, campaign: _c, adServer: _s, links: _l, ...v2ad } = ad;
  return { ...host, kind: 'ad', ads: [v2ad], adapter: 'picked-ad' };
}

/** Writes the clips the way version 2's save path did: competitor by matchKeys, created when new. */
async function writeVersion2(clips = CLIPS) {
  const v2 = new Dexie(NAME);
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  await v2.open();
  let t = Date.UTC(2026, 2, 1, 9);
  for (const { capture, pick } of clips) {
    const capturedAt = new Date((t += 61_000)).toISOString();
    const observation = version2Analysis(capture, pick);
    const keys = matchKeys(observation);
    let competitor = (await v2.table('competitors').where('domains').anyOf(keys.domains).first()) as CompetitorRow | undefined;
    competitor ??= { id: (await v2.table('competitors').add({ name: keys.newName, domains: keys.domains.slice(0, 1), handles: keys.linkedHandles, own: false, createdAt: capturedAt, aliases: [] })) as number } as CompetitorRow;
    const row = { competitorId: competitor.id, url: observation.url, domain: observation.domain, kind: observation.kind, capturedAt, analyzerVersion: 1, observation };
    const id = (await v2.table('observations').add(row)) as number;
    await v2.table('captures').add({ observationId: id, ...encodeCapture({ ...capture, capturedAt }), screenshot: 'data:image/png;base64,iVBORw0KGgo=' });
    const snap = snapshotOf({ ...row, id });
    if (snap) await v2.table('snapshots').add(snap);
  }
  const competitors = (await v2.table('competitors').toArray()) as CompetitorRow[];
  const observations = (await v2.table('observations').toArray()) as ObservationRow[];
  v2.close();
  return { competitors, observations };
}

describe('version 3: venues are not competitors', () => {
  it('version 2 made the engines and the publisher competitors (the bug being migrated)', async () => {
    const { competitors, observations } = await writeVersion2();
    expect(competitors.map((c) => c.domains[0]).sort()).toEqual(['bing.com', 'google.com', 'luckybrand.com', 'macrumors.com', 'stylelocker.co.uk']);
    const ad = observations.find((o) => o.kind === 'ad')!;
    expect(competitors.find((c) => c.id === ad.competitorId)?.domains).toEqual(['luckybrand.com']);
    expect(ad.observation.technologies.length).toBeGreaterThanOrEqual(3);
    expect(ad.observation.socialProfiles.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the shops, turns engines and publisher into venue pages, and loses no clip or capture', async () => {
    const before = await writeVersion2();
    opened = openRaceScoutDb(NAME);
    await opened.open();
    expect(opened.verno).toBeGreaterThanOrEqual(3);
    const competitors = await opened.competitors.toArray();
    expect(competitors.map((c) => c.domains[0]).sort()).toEqual(['luckybrand.com', 'stylelocker.co.uk']);
    const rows = await opened.observations.toArray();
    expect(rows).toHaveLength(before.observations.length);
    const venues = await opened.observations.where('venue').anyOf(['search', 'publisher']).toArray();
    expect(venues.map((v) => [v.venue, v.venueDomain, v.competitorId]).sort()).toEqual([
      ['publisher', 'macrumors.com', null],
      ['search', 'bing.com', null],
      ['search', 'google.com', null],
    ]);
    // Captures and screenshots still belong to their clips.
    for (const v of venues) {
      const cap = await opened.captures.where('observationId').equals(v.id).first();
      expect(decodeCapture(cap!.gz).url).toBe(v.url);
      expect(await clipScreenshot(v.id, opened)).toMatch(/^data:image\/png;/);
    }
    // Indexes answer after the upgrade: each shop's clips by [competitorId+capturedAt].
    const stylelocker = competitors.find((c) => c.domains[0] === 'stylelocker.co.uk')!;
    expect(await opened.observations.where('[competitorId+capturedAt]').between([stylelocker.id, ''], [stylelocker.id, '\uffff']).count()).toBe(2);
  });

  it('reduces the picked ad to the ad, under its advertiser, with the article as placement', async () => {
    await writeVersion2();
    opened = openRaceScoutDb(NAME);
    const ad = (await opened.observations.where('kind').equals('ad').first())!;
    const lucky = (await opened.competitors.where('domains').equals('luckybrand.com').first())!;
    expect(ad.competitorId).toBe(lucky.id);
    expect(ad.observation.technologies).toEqual([]);
    expect(ad.observation.socialProfiles).toEqual([]);
    expect(ad.observation.ads[0].landingUrl).toBe(LANDING);
    expect(ad.observation.ads[0].campaign).toMatchObject({ source: 'macrumors', medium: 'display', name: 'summer_shoes' });
    expect(ad.observation.ads[0].placement).toMatchObject({ url: ARTICLE, domain: 'macrumors.com' });
    expect(ad.observation.channels.map((c) => c.channel)).toEqual(['display-retargeting']);
  });

  it('suggests the businesses the result pages showed, never making them competitors', async () => {
    await writeVersion2();
    opened = openRaceScoutDb(NAME);
    const suggestions = await opened.suggestions.toArray();
    expect(suggestions.length).toBeGreaterThanOrEqual(10);
    expect(suggestions.every((s) => s.status === 'open' && s.observationIds.length >= 1)).toBe(true);
    const domains = suggestions.map((s) => s.domain);
    expect(domains.some((d) => /google|bing|macrumors/.test(d))).toBe(false);
    expect(new Set(domains).size).toBe(domains.length);
    expect(suggestions.some((s) => s.via.includes('ad'))).toBe(true);
    expect(suggestions.some((s) => s.via.includes('result'))).toBe(true);
  });

  it('after it, the matrix has only the shops, and deleting a shop keeps every venue page', async () => {
    await writeVersion2();
    opened = openRaceScoutDb(NAME);
    const data = await planData(opened);
    expect(computeMatrix(data).competitors.map((c) => c.name).sort()).toEqual(['luckybrand.com', 'stylelocker.co.uk']);
    expect(data.venuePages?.map((v) => v.venue).sort()).toEqual(['publisher', 'search', 'search']);
    expect(searchesOwned(data).size).toBe(0);
    for (const c of await opened.competitors.toArray()) await deleteCompetitor(c.id, opened);
    expect(await opened.observations.where('venue').anyOf(['search', 'publisher']).count()).toBe(3);
    expect(await opened.captures.count()).toBe(3);
  });

  it('an ad-library page version 2 filed under its advertiser becomes a venue page still credited to it', async () => {
    const file = resolve(process.cwd(), 'tests/fixtures/adapters/meta-ad-library/runlab-en.html');
    const html = readFileSync(file, 'utf8');
    const url = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)![1];
    const { competitors } = await writeVersion2([...CLIPS.slice(0, 1), { capture: { url, html } }]);
    const runlab = competitors.find((c) => c.domains.includes('runlab.co.th'))!;
    expect(runlab).toBeDefined();
    opened = openRaceScoutDb(NAME);
    const library = (await opened.observations.where('venue').equals('ad-library').toArray())[0];
    expect(library).toMatchObject({ competitorId: null, venueDomain: 'facebook.com', url });
    expect((await opened.competitors.toArray()).map((c) => c.domains[0]).sort()).toEqual(['runlab.co.th', 'stylelocker.co.uk']);
    const data = await planData(opened);
    const matrix = computeMatrix(data);
    // Its ads still count for RunLab and prove its paid social; the library page's own stack lights nothing.
    const i = matrix.competitors.findIndex((c) => c.id === runlab.id);
    expect(matrix.voice[i].ads).toBe(library.observation.ads.length);
    const lit = matrix.channels.filter((_, j) => matrix.rows[i][j].level > 0).map((c) => c.id);
    expect(lit).toEqual(['paid-social']);
    const evidence = matrix.rows[i].flatMap((cell) => cell.evidence.flatMap((e) => e.evidence));
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((e) => e.source === 'adapter' && /RunLab/.test(e.value))).toBe(true);
  });
});
