import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRaceScoutDb, type RaceScoutDb } from '../../lib/store/db';
import { decodeCapture } from '../../lib/store/capture-codec';
import { reanalyzeAll, saveClip } from '../../lib/store/queries';
import { clipScreenshot as screenshotOf } from '../../lib/store/screenshots';
import type { CaptureInput, Observation } from '../../lib/analyze/types';
import { adObservation, pageObservation, profileObservation } from './observations';

const NAME = 'racescout-queries-test';
let db: RaceScoutDb;

beforeEach(async () => {
  db = openRaceScoutDb(NAME);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(NAME);
});

const captureOf = (o: Observation, html = '<html><body><input name="q"></body></html>'): CaptureInput => ({ html, url: o.url, capturedAt: o.capturedAt ?? undefined, resources: [], globals: ['fbq'] });
const save = (o: Observation, shot: string | null = null) => saveClip(captureOf(o), o, shot, db);

describe('saveClip', () => {
  it('writes competitor, observation and gzip’d capture together', async () => {
    const o = pageObservation();
    const id = await save(o, 'data:image/jpeg;base64,AAAA');
    const [competitor] = await db.competitors.toArray();
    expect(competitor).toMatchObject({ name: 'baanthai.co.th', domains: ['baanthai.co.th'], own: false });
    // Handles the shop's own page links to are attached, so its profiles find it later.
    expect(competitor.handles).toEqual(['instagram:baanthai.silk', 'line:baanthai']);
    const row = await db.observations.get(id);
    expect(row).toMatchObject({ competitorId: competitor.id, kind: 'product', domain: 'baanthai.co.th', capturedAt: '2026-01-10T03:00:00.000Z', observation: o });
    const capture = await db.captures.where('observationId').equals(id).first();
    expect(capture!.screenshot).toBe('data:image/jpeg;base64,AAAA');
    expect(capture!.gz[0]).toBe(0x1f); // gzip magic
    expect(decodeCapture(capture!.gz)).toEqual(captureOf(o));
    expect(capture!.bytes).toBeGreaterThan(capture!.gz.length - 30);
  });

  it('files the same page clipped twice as two observations of one competitor', async () => {
    await save(pageObservation());
    await save(pageObservation({ capturedAt: '2026-01-11T03:00:00.000Z', url: 'https://www.baanthai.co.th/' }));
    expect(await db.competitors.count()).toBe(1);
    expect(await db.observations.count()).toBe(2);
    expect(await db.captures.count()).toBe(2);
  });

  it('keeps different registrable domains apart and joins subdomains', async () => {
    await save(pageObservation());
    await save(pageObservation({ url: 'https://blog.baanthai.co.th/', domain: 'baanthai.co.th', socialProfiles: [] }));
    await save(pageObservation({ url: 'https://seoulskin.kr/', domain: 'seoulskin.kr', socialProfiles: [] }));
    expect((await db.competitors.toArray()).map((c) => c.domains)).toEqual([['baanthai.co.th'], ['seoulskin.kr']]);
  });

  it('attaches a profile to the competitor whose site linked its handle, and stores a snapshot', async () => {
    const shop = await save(pageObservation());
    const id = await save(profileObservation());
    const [shopRow, profileRow] = await db.observations.bulkGet([shop, id]);
    expect(profileRow!.competitorId).toBe(shopRow!.competitorId);
    expect(await db.competitors.count()).toBe(1);
    const [snap] = await db.snapshots.toArray();
    expect(snap).toMatchObject({ observationId: id, competitorId: shopRow!.competitorId, profileKey: 'instagram:baanthai.silk', followers: 12300, posts: 845 });
  });

  it('matches a profile by its external link domain, never by a link-in-bio host', async () => {
    await save(pageObservation({ socialProfiles: [] }));
    await save(profileObservation({ handle: 'BaanThai_Official', externalUrl: 'https://www.baanthai.co.th/?ref=ig' }));
    expect(await db.competitors.count()).toBe(1);
    const [c] = await db.competitors.toArray();
    expect(c.handles).toEqual(['instagram:baanthai_official']);
    // linktr.ee says nothing about who it is: a new competitor named after the profile.
    await save(profileObservation({ platform: 'tiktok', handle: 'other.shop', name: 'Other Shop', externalUrl: 'https://linktr.ee/othershop' }));
    const other = await db.competitors.where('handles').equals('tiktok:other.shop').first();
    expect(other).toMatchObject({ name: 'Other Shop', domains: [] });
  });

  it('attaches an ad to the advertiser’s landing domain, not the site it was seen on', async () => {
    const shop = await save(pageObservation({ socialProfiles: [] }));
    const ad = await save(adObservation());
    const [a, b] = await db.observations.bulkGet([shop, ad]);
    expect(b!.competitorId).toBe(a!.competitorId);
    expect(await db.competitors.where('domains').equals('facebook.com').count()).toBe(0);
    // An ad with no link is matched by the advertiser's name.
    await save(adObservation({ landingUrl: null, displayUrl: null, advertiser: 'BAAN THAI SILK' }));
    expect(await db.competitors.count()).toBe(1);
  });

  it('stores nothing when any write fails', async () => {
    const o = pageObservation();
    // A structured-clone failure on the capture row aborts the whole transaction.
    const broken = { ...captureOf(o) } as CaptureInput;
    await expect(saveClip(broken, o, (() => 'x') as unknown as string, db)).rejects.toThrow();
    expect(await db.competitors.count()).toBe(0);
    expect(await db.observations.count()).toBe(0);
    expect(await db.captures.count()).toBe(0);
  });
});

describe('reanalyzeAll', () => {
  it('derives observations again from the stored captures, keeping competitor and time', async () => {
    const first = await save(pageObservation());
    await save(profileObservation());
    const seen: string[] = [];
    const result = await reanalyzeAll((capture) => {
      seen.push(capture.url);
      const o = capture.url.includes('instagram') ? profileObservation({ followers: 20000 }) : pageObservation({ page: { ...pageObservation().page, title: 'new title' } });
      return { ...o, analyzerVersion: 2 };
    }, db);
    expect(result).toEqual({ reanalyzed: 2, failed: 0 });
    expect(seen).toHaveLength(2);
    const row = await db.observations.get(first);
    expect(row).toMatchObject({ analyzerVersion: 2, capturedAt: '2026-01-10T03:00:00.000Z', observation: { page: { title: 'new title' } } });
    expect((await db.snapshots.toArray()).map((s) => s.followers)).toEqual([20000]);
  });

  it('counts a capture the analyzer cannot read and leaves its observation as it was', async () => {
    const id = await save(pageObservation());
    const result = await reanalyzeAll(() => {
      throw new Error('analyzer bug');
    }, db);
    expect(result).toEqual({ reanalyzed: 0, failed: 1 });
    expect((await db.observations.get(id))!.observation.page.title).toBe(pageObservation().page.title);
  });
});

describe('screenshotOf', () => {
  it('reads the screenshot stored on the capture row of a clip (a picked ad’s creative)', async () => {
    const withShot = await save(adObservation(), 'data:image/png;base64,iVBORw0KGgo=');
    const without = await save(pageObservation());
    expect(await screenshotOf(withShot, db)).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(await screenshotOf(without, db)).toBeNull();
    expect(await screenshotOf(99999, db)).toBeNull();
  });

  it('returns only image data: URLs, never a URL a page could have chosen', async () => {
    const id = await save(pageObservation(), 'https://tracker.example/pixel.png');
    expect(await screenshotOf(id, db)).toBeNull();
    const svg = await save(pageObservation(), 'data:image/svg+xml;base64,PHN2Zz4=');
    expect(await screenshotOf(svg, db)).toBeNull();
  });
});
