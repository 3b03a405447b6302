/**
 * Opens a database written by version 1 (plain Dexie, the schema as it shipped) with the real
 * schema module and checks nothing was lost and profile snapshots were derived.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2, openRaceScoutDb, type RaceScoutDb } from '../../lib/store/db';
import { encodeCapture, decodeCapture } from '../../lib/store/capture-codec';
import { pageObservation, profileObservation } from './observations';

const NAME = 'racescout-migration-test';
/** The newest version the schema module declares. */
const CURRENT_VERSION = 6;
let opened: RaceScoutDb | null = null;

/** Rows as an earlier version wrote them: version 6 only adds the sync fields (migration-v6.test.ts checks those). */
const SYNC_ADDED = ['gid', 'updatedAt', 'dirty', 'mergedGids'];
function withoutSync<T>(rows: T[]): T[] {
  return rows.map((r) => Object.fromEntries(Object.entries(r as object).filter(([k]) => !SYNC_ADDED.includes(k))) as T);
}

afterEach(async () => {
  opened?.close();
  opened = null;
  await Dexie.delete(NAME);
});

async function writeVersion1() {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  const page = pageObservation();
  const profile = profileObservation();
  const later = profileObservation({ followers: 15800, posts: 860 });
  await v1.table('competitors').bulkAdd([
    { id: 1, name: 'Baan Thai', domains: ['baanthai.co.th'], handles: ['instagram:baanthai.silk'], own: false, createdAt: '2026-01-10T03:00:00.000Z' },
    { id: 2, name: 'Seoul Skin', domains: ['seoulskin.kr'], handles: [], own: true, createdAt: '2026-01-11T03:00:00.000Z' },
  ]);
  const observations = [
    { id: 1, competitorId: 1, url: page.url, domain: page.domain, kind: page.kind, capturedAt: '2026-01-10T03:00:00.000Z', analyzerVersion: 1, observation: page },
    { id: 2, competitorId: 1, url: profile.url, domain: profile.domain, kind: profile.kind, capturedAt: '2026-01-12T03:00:00.000Z', analyzerVersion: 1, observation: profile },
    { id: 3, competitorId: 1, url: later.url, domain: later.domain, kind: later.kind, capturedAt: '2026-02-12T03:00:00.000Z', analyzerVersion: 1, observation: later },
  ];
  await v1.table('observations').bulkAdd(observations);
  await v1.table('captures').bulkAdd(observations.map((o) => ({ id: o.id, observationId: o.id, ...encodeCapture({ html: `<html lang="th"><title>${o.url}</title></html>`, url: o.url }) })));
  await v1.table('settings').bulkAdd([{ key: 'language', value: 'th' }, { key: 'plan.context', value: { market: 'TH', budget: 50000 } }]);
  const dump = await Promise.all(['competitors', 'observations', 'captures', 'settings'].map((t) => v1.table(t).toArray()));
  v1.close();
  return dump;
}

describe('schema migrations', () => {
  it('opens a version 1 database at the current version without losing rows', async () => {
    const [competitors, observations, captures, settings] = await writeVersion1();
    opened = openRaceScoutDb(NAME);
    await opened.open();
    expect(opened.verno).toBe(CURRENT_VERSION);
    // Version 5 adds the swipe file's ad labels, empty and writable.
    expect(await opened.adLabels.count()).toBe(0);
    await opened.adLabels.put({ key: 'ad:x|y|z', tags: ['promo'], boards: [], updatedAt: '2026-03-01T00:00:00.000Z' });
    expect(await opened.adLabels.where('tags').equals('promo').count()).toBe(1);
    expect(withoutSync(await opened.competitors.toArray())).toEqual(competitors);
    expect(withoutSync(await opened.observations.toArray())).toEqual(observations);
    expect(await opened.settings.toArray()).toEqual(settings);
    const stored = await opened.captures.toArray();
    expect(stored.map((c) => ({ ...c, gz: [...c.gz] }))).toEqual(captures.map((c) => ({ ...c, gz: [...(c.gz as Uint8Array)] })));
    expect(decodeCapture(stored[2].gz).url).toBe('https://www.instagram.com/baanthai.silk/');
    // Indexes still answer after the upgrade.
    expect(await opened.competitors.where('domains').equals('seoulskin.kr').count()).toBe(1);
    expect(await opened.observations.where('[competitorId+capturedAt]').between([1, ''], [1, '\uffff']).count()).toBe(3);
  });

  it('derives one dated snapshot per stored social-profile observation', async () => {
    await writeVersion1();
    opened = openRaceScoutDb(NAME);
    const snapshots = await opened.snapshots.orderBy('id').toArray();
    expect(withoutSync(snapshots).map(({ id: _id, ...s }) => s)).toEqual([
      { competitorId: 1, observationId: 2, profileKey: 'instagram:baanthai.silk', platform: 'instagram', capturedAt: '2026-01-12T03:00:00.000Z', followers: 12300, following: 210, posts: 845 },
      { competitorId: 1, observationId: 3, profileKey: 'instagram:baanthai.silk', platform: 'instagram', capturedAt: '2026-02-12T03:00:00.000Z', followers: 15800, following: 210, posts: 860 },
    ]);
    expect(await opened.snapshots.where('[profileKey+capturedAt]').between(['instagram:baanthai.silk', '2026-02'], ['instagram:baanthai.silk', '\uffff']).count()).toBe(1);
  });

  it('opens an empty version 1 database', async () => {
    const v1 = new Dexie(NAME);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    v1.close();
    opened = openRaceScoutDb(NAME);
    await opened.open();
    expect(await opened.snapshots.count()).toBe(0);
    expect(opened.tables.map((t) => t.name).sort()).toEqual(expect.arrayContaining(['adLabels', 'captures', 'competitors', 'observations', 'settings', 'snapshots', 'suggestions', 'watchChanges', 'watchChecks', 'watchObservations', 'watches']));
  });

  it('opens a version 2 database at the current version: rows kept, the watch stores empty and indexed', async () => {
    const [competitors, observations] = await writeVersion1();
    const v2 = new Dexie(NAME);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('snapshots').add({ competitorId: 1, observationId: 2, profileKey: 'instagram:baanthai.silk', platform: 'instagram', capturedAt: '2026-01-12T03:00:00.000Z', followers: 12300, following: 210, posts: 845 });
    const snapshots = await v2.table('snapshots').toArray();
    v2.close();
    opened = openRaceScoutDb(NAME);
    await opened.open();
    expect(opened.verno).toBe(CURRENT_VERSION);
    expect(withoutSync(await opened.competitors.toArray())).toEqual(competitors);
    expect(withoutSync(await opened.observations.toArray())).toEqual(observations);
    expect(withoutSync(await opened.snapshots.toArray())).toEqual(snapshots);
    expect(await opened.watches.count()).toBe(0);
    const id = await opened.watches.add({ url: 'https://shop.baanthai.co.th/', origin: 'https://shop.baanthai.co.th', competitorId: 1, every: 'day', paused: false, revoked: false, createdAt: '2026-03-01T00:00:00.000Z', nextAt: 0, failures: 0, lastCheckedAt: null, lastOutcome: null, lastReason: null, baselineId: null, clipId: 1, needsRendered: false } as never);
    expect(await opened.watches.where('origin').equals('https://shop.baanthai.co.th').primaryKeys()).toEqual([id]);
    expect(await opened.watchChanges.where('seen').equals(0).count()).toBe(0);
  });
});
