/**
 * Version 6 gives every shared row a global id for team sync. A version 5 database is written
 * with plain Dexie the way version 5 stored clips — REAL pages of the shared corpus run through
 * analyze(), their gzip'd captures and a screenshot, an Instagram profile with its snapshot,
 * notes and a SWOT, a watch — then opened with the real schema module: nothing is lost, every
 * shared row has a unique gid, an update time and waits to be sent; snapshots take gids derived
 * from their observations, watches from their URLs; settings that are not notes stay untouched;
 * and the hooks mark later edits.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../lib/analyze/analyze';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V5, openRaceScoutDb, snapshotOf, type RaceScoutDb } from '../../lib/store/db';
import { SCHEMA_V4 } from '../../lib/store/watch-schema';
import { decodeCapture, encodeCapture } from '../../lib/store/capture-codec';
import { pendingCount } from '../../lib/store/sync-store';
import { snapshotGid, watchGid } from '../../lib/store/sync-marks';
import { renameCompetitor, setSetting } from '../../lib/store/queries-plan';
import { reanalyzeAll } from '../../lib/store/queries';
import { notesKey } from '../../lib/plan/settings';
import { profileObservation } from './observations';

const NAME = 'racescout-migration-v6-test';
const corpus = resolve(process.cwd(), '../shared/corpus');
const read = (path: string) => readFileSync(resolve(corpus, path), 'utf8');
const SHOT = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
let opened: RaceScoutDb | null = null;

afterEach(async () => {
  opened?.close();
  opened = null;
  await Dexie.delete(NAME);
});

const PAGES = [
  { url: 'http://stylelocker.co.uk/', html: read('formasaurus/html/stylelocker.co.uk-0.html'), at: '2026-02-01T03:00:00.000Z' },
  { url: 'http://stylelocker.co.uk/sweatshirts/132-beyonce-surfboard-sweatshirt.html', html: read('formasaurus/html/stylelocker.co.uk-3.html'), at: '2026-02-02T03:00:00.000Z' },
  { url: 'http://www.luckybrand.com/seavees-baja-stripe/YLS0030.html', html: read('formasaurus/html/www.luckybrand.com-1.html'), at: '2026-02-03T03:00:00.000Z' },
];

async function writeVersion5() {
  const v5 = new Dexie(NAME);
  v5.version(1).stores(SCHEMA_V1);
  v5.version(2).stores(SCHEMA_V2);
  v5.version(3).stores(SCHEMA_V3);
  v5.version(4).stores(SCHEMA_V4);
  v5.version(5).stores(SCHEMA_V5);
  await v5.open();
  await v5.table('competitors').bulkAdd([
    { id: 1, name: 'stylelocker.co.uk', domains: ['stylelocker.co.uk'], handles: ['instagram:baanthai.silk'], own: false, createdAt: PAGES[0].at, aliases: [] },
    { id: 2, name: 'luckybrand.com', domains: ['luckybrand.com'], handles: [], own: true, createdAt: PAGES[2].at, aliases: [] },
  ]);
  const clips = PAGES.map((p, i) => {
    const observation = { ...analyze({ url: p.url, html: p.html }), capturedAt: p.at };
    return { id: i + 1, competitorId: i < 2 ? 1 : 2, venue: null, venueDomain: null, url: p.url, domain: observation.domain, kind: observation.kind, capturedAt: p.at, analyzerVersion: observation.analyzerVersion, observation };
  });
  const profile = { ...profileObservation(), capturedAt: '2026-02-04T03:00:00.000Z' };
  clips.push({ id: 4, competitorId: 1, venue: null, venueDomain: null, url: profile.url, domain: profile.domain, kind: profile.kind, capturedAt: profile.capturedAt, analyzerVersion: profile.analyzerVersion, observation: profile });
  await v5.table('observations').bulkAdd(clips);
  await v5.table('captures').bulkAdd(clips.map((c) => ({ id: c.id, observationId: c.id, ...encodeCapture({ url: c.url, html: c.id === 4 ? '<title>ig</title>' : PAGES[c.id - 1].html }), screenshot: c.id === 1 ? SHOT : null })));
  await v5.table('snapshots').add(snapshotOf(clips[3])!);
  await v5.table('settings').bulkAdd([
    { key: 'language', value: 'th' },
    { key: notesKey(1), value: { notes: 'Runs a sale every payday', swot: { strengths: 'Cheap', weaknesses: '', opportunities: '', threats: '' } } },
  ]);
  await v5.table('watches').add({ url: 'http://stylelocker.co.uk/', origin: 'http://stylelocker.co.uk', competitorId: 1, every: 'day', paused: false, revoked: false, createdAt: '2026-02-05T00:00:00.000Z', nextAt: 0, failures: 0, lastCheckedAt: null, lastOutcome: null, lastReason: null, baselineId: null, clipId: 1, needsRendered: false });
  await v5.table('adLabels').add({ key: 'ad:x', tags: ['promo'], boards: [], updatedAt: '2026-02-06T00:00:00.000Z' });
  const dump = Object.fromEntries(await Promise.all(['competitors', 'observations', 'captures', 'snapshots', 'settings', 'watches', 'adLabels'].map(async (t) => [t, await v5.table(t).toArray()] as const)));
  v5.close();
  return dump;
}

const strip = <T extends object>(rows: T[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !['gid', 'updatedAt', 'dirty', 'mergedGids'].includes(k))));

describe('schema version 6 (team sync)', () => {
  it('gives every shared row of a version 5 database a unique gid and update time, all waiting to be sent, and loses nothing', async () => {
    const before = await writeVersion5();
    opened = openRaceScoutDb(NAME);
    await opened.open();
    expect(opened.verno).toBe(6);
    const [competitors, observations, snapshots, watches, settings, captures] = await Promise.all([opened.competitors.toArray(), opened.observations.toArray(), opened.snapshots.toArray(), opened.watches.toArray(), opened.settings.toArray(), opened.captures.toArray()]);
    // Nothing lost or changed but the new fields.
    expect(strip(competitors)).toEqual(before.competitors);
    expect(strip(observations)).toEqual(before.observations);
    expect(strip(snapshots)).toEqual(before.snapshots);
    expect(strip(watches)).toEqual(before.watches);
    expect(settings.map(({ key, value }) => ({ key, value }))).toEqual(before.settings);
    expect(await opened.adLabels.toArray()).toEqual(before.adLabels);
    expect(captures.map((c) => decodeCapture(c.gz).url)).toEqual(PAGES.map((p) => p.url).concat(profileObservation().url));
    expect(captures[0].screenshot).toBe(SHOT);
    // Ids: unique, stable, derived where two machines must agree.
    const gids = [...competitors, ...observations].map((r) => r.gid);
    expect(new Set(gids).size).toBe(6);
    expect(gids.every((g) => /^[0-9a-f-]{36}$/.test(g!))).toBe(true);
    expect(snapshots[0].gid).toBe(snapshotGid(observations[3].gid!));
    expect(watches[0].gid).toBe(watchGid('http://stylelocker.co.uk/'));
    expect(competitors.map((c) => c.updatedAt)).toEqual([PAGES[0].at, PAGES[2].at]);
    expect(observations.map((o) => o.updatedAt)).toEqual(observations.map((o) => o.capturedAt));
    // All of it waits for the first sync: 2 competitors, 4 clips, 1 snapshot, 1 watch, 1 note.
    expect(await pendingCount(opened)).toBe(9);
    expect(settings.find((s) => s.key === 'language')!.dirty).toBeUndefined();
    expect(await opened.observations.where('gid').equals(observations[0].gid!).count()).toBe(1);
  });

  it('marks later edits of shared fields to be sent, and only those', async () => {
    await writeVersion5();
    opened = openRaceScoutDb(NAME);
    await opened.open();
    await Promise.all(['competitors', 'observations', 'snapshots', 'watches', 'settings'].map((t) => opened!.table(t).toCollection().modify({ dirty: 0 })));
    expect(await pendingCount(opened)).toBe(0);
    const gid = (await opened.competitors.get(1))!.gid;
    await renameCompetitor(1, 'Style Locker', opened);
    const renamed = (await opened.competitors.get(1))!;
    expect(renamed).toMatchObject({ gid, dirty: 1, name: 'Style Locker' });
    expect(renamed.updatedAt! > PAGES[0].at).toBe(true);
    // Writing a shared field with the value it has is no change.
    await opened.competitors.update(2, { own: true, name: 'luckybrand.com' });
    expect((await opened.competitors.get(2))!.dirty).toBe(0);
    // The watch's schedule is this machine's own business; its frequency is the team's.
    await opened.watches.update(1, { nextAt: 123, failures: 2 });
    expect((await opened.watches.get(1))!.dirty).toBe(0);
    await opened.watches.update(1, { every: 'week' });
    expect((await opened.watches.get(1))!.dirty).toBe(1);
    // Notes through the panel's own write (a whole-row put) keep their sync fields.
    await setSetting(notesKey(2), { notes: 'New', swot: { strengths: '', weaknesses: '', opportunities: '', threats: '' } }, opened);
    expect((await opened.settings.get(notesKey(2)))!.dirty).toBe(1);
    await setSetting('language', 'ko', opened);
    expect((await opened.settings.get('language'))!.dirty).toBeUndefined();
    // Re-analysing keeps observations as they were shared: immutable for the team.
    const r = await reanalyzeAll((c) => analyze(c), opened);
    expect(r.reanalyzed).toBe(4);
    expect(await opened.observations.where('dirty').equals(1).count()).toBe(0);
    expect((await opened.observations.get(1))!.gid).toBeTruthy();
    // Competitor, watch, note; and the profile's snapshot, derived again under the same gid (the server already has it).
    expect(await pendingCount(opened)).toBe(4);
    expect((await opened.snapshots.toArray()).map((x) => x.gid)).toEqual([snapshotGid((await opened.observations.get(4))!.gid!)]);
  });
});
