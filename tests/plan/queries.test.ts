import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../lib/store/db';
import { attachToCompetitor, changesSincePrevious, competitorObservations, competitorSnapshots, competitorSummaries, deleteCompetitor, mergeCompetitors, parseAttachment, planData, renameCompetitor, setOwnBrand, undoDelete } from '../../lib/store/queries-plan';
import { captureRow, competitorRow, observationRow, snapshotRow } from './rows';

const profile = (followers: number) => ({ platform: 'instagram' as const, handle: 'B.Shop', name: null, followers, following: null, posts: null, bio: null, verified: null });

beforeEach(async () => {
  await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((table) => table.clear())));
  await db.competitors.bulkAdd([competitorRow(1, 'A', 'a.com'), competitorRow(2, 'B', 'b.co.th')]);
  // Keys out of time order on purpose: the last clip is found by time, not by key.
  await db.observations.bulkAdd([
    observationRow(1, 1, '2026-01-05T00:00:00.000Z'),
    observationRow(2, 1, '2026-01-01T00:00:00.000Z'),
    observationRow(3, 2, '2026-01-03T00:00:00.000Z'),
    observationRow(4, 2, '2026-01-04T00:00:00.000Z', { kind: 'social-profile', profile: profile(2000) }),
  ]);
  await db.captures.bulkAdd([1, 2, 3, 4].map((id) => captureRow(id, id, new Uint8Array([id]))));
  await db.snapshots.add(snapshotRow(1, (await db.observations.get(4))!));
});

describe('panel queries', () => {
  it('summarises competitors with clip counts and the last clip', async () => {
    const s = await competitorSummaries();
    expect(s.map((c) => [c.name, c.clips, c.lastClip])).toEqual([
      ['A', 2, '2026-01-05T00:00:00.000Z'],
      ['B', 2, '2026-01-04T00:00:00.000Z'],
    ]);
  });

  it('renames, marks one own brand, attaches domains and handles', async () => {
    await renameCompetitor(1, '  Alpha  ');
    await setOwnBrand(1, true);
    await setOwnBrand(2, true);
    expect(await attachToCompetitor(2, 'https://www.b-shop.vn/')).toBe(true);
    expect(await attachToCompetitor(2, 'Instagram:@B.Shop')).toBe(true);
    expect(await attachToCompetitor(2, 'not a domain')).toBe(false);
    const { competitors } = await planData();
    expect(competitors.find((c) => c.id === 1)).toMatchObject({ name: 'Alpha', own: false });
    expect(competitors.find((c) => c.id === 2)).toMatchObject({ own: true, domains: ['b.co.th', 'b-shop.vn'], handles: ['instagram:b.shop'] });
    expect(parseAttachment('ร้าน.ไทย')).toEqual({ domain: 'ร้าน.ไทย' });
  });

  it('finds what changed since the previous clip of the same page', async () => {
    await db.observations.add(observationRow(5, 1, '2026-01-09T00:00:00.000Z', { url: 'https://shop.example.com/?utm_source=x', page: { title: 'Shop — sale', description: null, lang: 'en', canonical: null, siteName: null, image: null } }));
    const since = await changesSincePrevious(5);
    expect(since?.previous.id).toBe(1);
    expect(since?.changes).toEqual([{ kind: 'title', subject: null, before: 'Shop', after: 'Shop — sale' }]);
    expect(await changesSincePrevious(2)).toBeNull();
  });

  it('merges two competitors: clips and follower readings move, domains join, the other goes', async () => {
    await mergeCompetitors(2, 1);
    const { competitors, observations, snapshots } = await planData();
    expect(competitors).toHaveLength(1);
    expect(competitors[0].domains).toEqual(['a.com', 'b.co.th']);
    expect(observations.every((o) => o.competitorId === 1)).toBe(true);
    expect(snapshots).toEqual([expect.objectContaining({ competitorId: 1, profileKey: 'instagram:b.shop', followers: 2000 })]);
  });

  it('reads a competitor\'s clips newest first and its follower readings', async () => {
    expect((await competitorObservations(1)).map((o) => o.id)).toEqual([1, 2]);
    expect(await competitorSnapshots(2)).toEqual([{ competitorId: 2, observationId: 4, profileKey: 'instagram:b.shop', platform: 'instagram', capturedAt: '2026-01-04T00:00:00.000Z', followers: 2000 }]);
    expect(await competitorSnapshots(1)).toEqual([]);
  });

  it('deletes a competitor with its clips, captures and readings, and undo puts everything back', async () => {
    const before = { observations: await db.observations.toArray(), captures: await db.captures.toArray(), snapshots: await db.snapshots.toArray() };
    const gone = await deleteCompetitor(2);
    expect(await db.observations.count()).toBe(2);
    expect(await db.captures.count()).toBe(2);
    expect(await db.snapshots.count()).toBe(0);
    await undoDelete(gone!);
    expect({ observations: await db.observations.toArray(), captures: await db.captures.toArray(), snapshots: await db.snapshots.toArray() }).toEqual(before);
    expect((await db.competitors.get(2))!.name).toBe('B');
  });
});
