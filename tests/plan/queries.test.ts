import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../lib/store/db';
import { attachToCompetitor, competitorSummaries, deleteCompetitor, mergeCompetitors, parseAttachment, planData, renameCompetitor, setOwnBrand, undoDelete } from '../../lib/store/queries-plan';
import { obs } from './make';

beforeEach(async () => {
  await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
  await db.table('competitors').bulkAdd([
    { id: 1, name: 'A', domain: 'a.com' },
    { id: 2, name: 'B', domain: 'b.co.th' },
  ]);
  await db.table('observations').bulkAdd([
    { id: 1, competitorId: 1, capturedAt: '2026-01-01T00:00:00.000Z', captureId: 1, observation: obs() },
    { id: 2, competitorId: 1, capturedAt: '2026-01-05T00:00:00.000Z', captureId: 2, observation: obs() },
    { id: 3, competitorId: 2, capturedAt: '2026-01-03T00:00:00.000Z', captureId: 3, observation: obs() },
  ]);
  await db.table('captures').bulkAdd([1, 2, 3].map((id) => ({ id, observationId: id, html: new Uint8Array([id]) })));
});

describe('panel queries', () => {
  it('summarises competitors with clip counts and the last clip', async () => {
    const s = await competitorSummaries();
    expect(s.map((c) => [c.name, c.clips, c.lastClip])).toEqual([
      ['A', 2, '2026-01-05T00:00:00.000Z'],
      ['B', 1, '2026-01-03T00:00:00.000Z'],
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

  it('merges two competitors: clips move, domains join, the other goes', async () => {
    await mergeCompetitors(2, 1);
    const { competitors, observations } = await planData();
    expect(competitors).toHaveLength(1);
    expect(competitors[0].domains).toEqual(['a.com', 'b.co.th']);
    expect(observations.every((o) => o.competitorId === 1)).toBe(true);
  });

  it('deletes a competitor with its clips and captures, and undo puts everything back', async () => {
    const gone = await deleteCompetitor(1);
    expect(await db.table('observations').count()).toBe(1);
    expect(await db.table('captures').count()).toBe(1);
    await undoDelete(gone!);
    expect(await db.table('observations').count()).toBe(3);
    expect(await db.table('captures').count()).toBe(3);
    expect((await db.table('competitors').get(1)).name).toBe('A');
  });
});
