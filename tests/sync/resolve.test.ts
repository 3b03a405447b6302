/** The merge rules: every one commutative, so every machine ends with the same record. */
import { describe, expect, it } from 'vitest';
import { keepBothNotes, latestWatch, mergeCompetitors, sameBusiness, survivorOrder, type CompetitorFields } from '../../lib/sync/resolve';
import type { NoteVersion } from '../../lib/sync/doc';

const competitor = (over: Partial<CompetitorFields>): CompetitorFields => ({
  gid: 'g-a',
  name: 'Baan Thai',
  domains: ['baanthai.co.th'],
  handles: [],
  aliases: [],
  own: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  by: 'alice',
  mergedInto: null,
  ...over,
});

describe('competitors', () => {
  const older = competitor({ gid: 'g-z', handles: ['instagram:baanthai'], createdAt: '2026-01-01T00:00:00.000Z' });
  const newer = competitor({ gid: 'g-a', name: 'Baan Thai Silk', aliases: ['baan thai silk co'], domains: ['baanthai.co.th', 'baanthai.com'], createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z', by: 'bob' });

  it('joins two competitors of one domain into the older one, with every domain, handle and alias, the same whichever merges', () => {
    const ab = mergeCompetitors(older, newer);
    expect(ab).toEqual(mergeCompetitors(newer, older));
    expect(ab).toMatchObject({ gid: 'g-z', createdAt: older.createdAt, name: 'Baan Thai Silk', domains: ['baanthai.co.th', 'baanthai.com'], handles: ['instagram:baanthai'], aliases: ['baan thai silk co'], updatedAt: newer.updatedAt, by: 'bob' });
  });

  it('breaks a tie of creation time by gid, and of edit time by author then content', () => {
    const x = competitor({ gid: 'g-2', name: 'X' });
    const y = competitor({ gid: 'g-1', name: 'Y' });
    expect(mergeCompetitors(x, y).gid).toBe('g-1');
    expect(mergeCompetitors(x, y)).toEqual(mergeCompetitors(y, x));
    expect(survivorOrder(x, y)).toBeGreaterThan(0);
  });

  it('calls two competitors one business only when they share a registrable domain', () => {
    expect(sameBusiness(older, newer)).toBe(true);
    expect(sameBusiness(older, competitor({ domains: ['other.com'] }))).toBe(false);
    expect(sameBusiness(competitor({ domains: ['BaanThai.co.th'] }), older)).toBe(true);
  });
});

describe('notes', () => {
  const base = { swot: { strengths: 'Fast delivery', weaknesses: '', opportunities: '', threats: '' } };
  const alice: NoteVersion = { notes: 'Free shipping over 500', ...base, by: 'alice', updatedAt: '2026-03-01T10:00:00.000Z' };
  const bob: NoteVersion = { notes: 'LINE coupons', swot: { ...base.swot, weaknesses: 'Slow site' }, by: 'bob', updatedAt: '2026-03-01T10:05:00.000Z' };

  it('keeps both versions of a note edited at once, oldest first, each under who wrote it; a field both left alike stays as is', () => {
    const joined = keepBothNotes(alice, bob);
    expect(joined).toEqual(keepBothNotes(bob, alice));
    expect(joined.notes).toBe('──── alice · 2026-03-01 10:00 ────\nFree shipping over 500\n\n──── bob · 2026-03-01 10:05 ────\nLINE coupons');
    expect(joined.swot.strengths).toBe('Fast delivery');
    expect(joined.swot.weaknesses).toBe('Slow site');
    expect(joined.conflict.map((v) => v.by)).toEqual(['alice', 'bob']);
    expect(joined).toMatchObject({ updatedAt: bob.updatedAt, by: 'bob' });
  });
});

describe('watches', () => {
  it('follows the latest edit, whole', () => {
    const a = { updatedAt: '2026-03-01T00:00:00.000Z', by: 'alice', every: 'day' };
    const b = { updatedAt: '2026-03-02T00:00:00.000Z', by: 'bob', every: 'week' };
    expect(latestWatch(a, b)).toBe(b);
    expect(latestWatch(b, a)).toBe(b);
  });
});
