/** The watch store on fake-indexeddb: what each check outcome writes, and nothing more. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRaceScoutDb, type RaceScoutDb } from '../../lib/store/db';
import { saveClip } from '../../lib/store/queries';
import { CHECKS_KEPT, addWatch, dueWatches, listChanges, loadTarget, markSeen, recordCheck, removeWatch, setRevoked, unseenCount } from '../../lib/store/watches';
import { pageObservation } from '../store/observations';

const NAME = 'racescout-watch-store-test';
let database: RaceScoutDb;
const URL_ = 'https://shop.baanthai.co.th/products/silk-scarf';
const item = (id: number) => ({ id, url: URL_, origin: 'https://shop.baanthai.co.th' });
const counts = async () => ({ observations: await database.watchObservations.count(), changes: await database.watchChanges.count(), checks: await database.watchChecks.count() });

beforeEach(() => {
  database = openRaceScoutDb(NAME);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(NAME);
});

describe('watch store', () => {
  it('links a watch to the rendered clip of the same page and its competitor', async () => {
    const clipId = await saveClip({ html: '<html></html>', url: `${URL_}?utm_source=facebook` }, pageObservation(), null, database);
    const id = await addWatch(`${URL_}#reviews`, 'day', new Date(0), database);
    const w = await database.watches.get(id);
    expect(w).toMatchObject({ url: URL_, clipId, competitorId: 1, every: 'day', baselineId: null });
    expect((await loadTarget(item(id), database)).clip?.url).toBe(pageObservation().url);
    // Watching it again changes the frequency, not the number of watches.
    expect(await addWatch(URL_, 'hour', new Date(0), database)).toBe(id);
    expect(await database.watches.count()).toBe(1);
  });

  it('stores a baseline, then only the time and outcome of a check with nothing new', async () => {
    const id = await addWatch(URL_, 'day', new Date(0), database);
    await recordCheck(item(id), { outcome: 'baseline', observation: pageObservation(), needsRendered: false }, 1000, () => 0.5, database);
    const w = await database.watches.get(id);
    expect(w!.competitorId).not.toBeNull(); // created from the fetched page
    expect(await counts()).toEqual({ observations: 1, changes: 0, checks: 1 });
    await recordCheck(item(id), { outcome: 'unchanged' }, 2000, () => 0.5, database);
    await recordCheck(item(id), { outcome: 'failed', reason: 'server-error' }, 3000, () => 0.5, database);
    expect(await counts()).toEqual({ observations: 1, changes: 0, checks: 3 });
    expect(await database.watches.get(id)).toMatchObject({ failures: 1, lastOutcome: 'failed', lastReason: 'server-error', baselineId: w!.baselineId });
  });

  it('stores a confirmed change linked to the observation before it, and counts it unseen', async () => {
    const id = await addWatch(URL_, 'day', new Date(0), database);
    await recordCheck(item(id), { outcome: 'baseline', observation: pageObservation(), needsRendered: false }, 1000, () => 0.5, database);
    const baselineId = (await database.watches.get(id))!.baselineId;
    const after = pageObservation({ offers: [{ ...pageObservation().offers[0], price: 990 }] });
    const added = await recordCheck(item(id), { outcome: 'changed', observation: after, changes: [{ field: 'price', subject: null, before: 1290, after: 990, currency: 'THB' }] }, 2000, () => 0.5, database);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ field: 'price', before: 1290, after: 990, previousId: baselineId, seen: 0 });
    const obs = await database.watchObservations.get(added[0].observationId);
    expect(obs).toMatchObject({ previousId: baselineId });
    expect((await database.watches.get(id))!.baselineId).toBe(added[0].observationId);
    expect(await unseenCount(database)).toBe(1);
    expect(await listChanges({ field: 'technology' }, database)).toEqual([]);
    expect(await markSeen(undefined, database)).toBe(0);
  });

  it('keeps only the last checks of a watch', async () => {
    const id = await addWatch(URL_, 'hour', new Date(0), database);
    for (let i = 0; i < CHECKS_KEPT + 5; i++) await recordCheck(item(id), { outcome: 'failed', reason: 'network' }, i, () => 0.5, database);
    expect(await database.watchChecks.count()).toBe(CHECKS_KEPT);
  });

  it('pauses the watches of an origin whose access was removed, and removes a watch with what it stored', async () => {
    const id = await addWatch(URL_, 'hour', new Date(0), database);
    await addWatch('https://other.test/', 'hour', new Date(0), database);
    expect(await dueWatches(0, false, database)).toHaveLength(2);
    await setRevoked(['https://shop.baanthai.co.th'], true, database);
    expect((await dueWatches(0, true, database)).map((w) => w.url)).toEqual(['https://other.test/']);
    await recordCheck(item(id), { outcome: 'baseline', observation: pageObservation(), needsRendered: false }, 1, () => 0.5, database);
    expect(await removeWatch(id, database)).toBe(true);
    expect(await counts()).toEqual({ observations: 0, changes: 0, checks: 0 });
  });
});
