import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../lib/store/db';
import { exportData } from '../../lib/background/export';
import { restoreBackup } from '../../lib/background/restore';
import { parseBackup } from '../../lib/plan/backup-schema';
import { fromBase64, toBase64 } from '../../lib/plan/backup-codec';
import { captureRow, competitorRow, observationRow, snapshotRow } from './rows';

async function clearAll() {
  await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((table) => table.clear())));
}

const profile = { platform: 'instagram' as const, handle: 'shop', name: null, followers: 1200, following: 10, posts: 30, bio: null, verified: null };

/** One row in every table of the schema. */
async function seed(name: string) {
  await db.competitors.add(competitorRow(1, name, `${name.toLowerCase()}.com`));
  await db.observations.bulkAdd([
    observationRow(1, 1, '2026-01-01T00:00:00.000Z', { url: `https://${name.toLowerCase()}.com/` }),
    observationRow(2, 1, '2026-01-02T00:00:00.000Z', { url: 'https://www.instagram.com/shop/', kind: 'social-profile', profile }),
    // A venue page: a search with no competitor, and the business it showed waiting as a suggestion.
    { ...observationRow(3, 1, '2026-01-03T00:00:00.000Z', { url: 'https://www.google.de/search?q=shop', domain: 'google.de', kind: 'serp' }), competitorId: null, venue: 'search', venueDomain: 'google.de' },
  ]);
  await db.suggestions.add({ id: 1, domain: 'rival.example', name: 'Rival', status: 'open', via: ['ad'], firstSeen: '2026-01-03T00:00:00.000Z', lastSeen: '2026-01-03T00:00:00.000Z', seen: 1, observationIds: [3] });
  await db.captures.add(captureRow(1, 1, new Uint8Array([31, 139, 8, 0])));
  await db.snapshots.add(snapshotRow(1, (await db.observations.get(2))!));
  await db.settings.put({ key: 'language', value: 'ko' });
}

/** Everything stored, for "nothing changed" checks. */
async function snapshot() {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

beforeEach(async () => {
  await clearAll();
});

describe('restoreBackup', () => {
  it('replaces everything stored with the backup, in one go', async () => {
    await seed('Before');
    const backup = await exportData('json');
    await clearAll();
    await seed('Other');
    await db.competitors.add(competitorRow(2, 'Extra', 'extra.com'));
    expect(await restoreBackup(backup)).toEqual({ ok: true });
    const after = await snapshot();
    expect((after.competitors as { name: string }[]).map((c) => c.name)).toEqual(['Before']);
    expect((after.captures as { gz: Uint8Array }[])[0].gz).toEqual(new Uint8Array([31, 139, 8, 0]));
    expect(after.snapshots).toEqual([expect.objectContaining({ profileKey: 'instagram:shop', followers: 1200 })]);
    expect(after.settings).toEqual([{ key: 'language', value: 'ko' }]);
  });

  it('restores into an empty profile', async () => {
    await seed('Shop');
    const backup = await exportData('json');
    await clearAll();
    expect(await restoreBackup(backup)).toEqual({ ok: true });
    expect(await db.observations.count()).toBe(3);
    expect(await db.snapshots.count()).toBe(1);
    // Venue pages and suggestions come back as they were, and their indexes answer.
    expect(await db.observations.where('venue').equals('search').toArray()).toEqual([expect.objectContaining({ id: 3, competitorId: null, venueDomain: 'google.de' })]);
    expect(await db.suggestions.where('status').equals('open').toArray()).toEqual([expect.objectContaining({ domain: 'rival.example', observationIds: [3] })]);
  });

  it('refuses a venue-less clip without competitor', async () => {
    await seed('Shop');
    const b = JSON.parse(await exportData('json'));
    b.tables.observations[0].competitorId = null;
    expect(await restoreBackup(JSON.stringify(b))).toEqual({ ok: false, error: expect.stringContaining('neither competitor nor venue') });
  });

  const bad: [string, (good: string) => string, RegExp][] = [
    ['empty', () => '', /empty/],
    ['whitespace', () => '  \n', /empty/],
    ['truncated', (g) => g.slice(0, Math.floor(g.length / 2)), /not a JSON file, or it is cut short/],
    ['foreign JSON', () => JSON.stringify({ name: 'some other app', items: [] }), /not a RaceScout backup/],
    ['a JSON array', () => '[1,2,3]', /not a RaceScout backup/],
    ['a newer format', (g) => JSON.stringify({ ...JSON.parse(g), version: 99 }), /newer RaceScout/],
    ['missing table', (g) => { const b = JSON.parse(g); delete b.tables.observations; return JSON.stringify(b); }, /damaged \(tables\.observations/],
    ['row without id', (g) => { const b = JSON.parse(g); delete b.tables.competitors[0].id; return JSON.stringify(b); }, /damaged/],
    ['old row shape', (g) => { const b = JSON.parse(g); b.tables.competitors[0].domain = b.tables.competitors[0].domains[0]; delete b.tables.competitors[0].domains; return JSON.stringify(b); }, /damaged \(tables\.competitors\.0\.domains/],
    ['observation without its analysis', (g) => { const b = JSON.parse(g); delete b.tables.observations[0].observation; return JSON.stringify(b); }, /damaged \(tables\.observations\.0\.observation/],
    ['capture of a missing clip', (g) => { const b = JSON.parse(g); b.tables.captures[0].observationId = 77; return JSON.stringify(b); }, /observation 77 missing/],
    ['orphan observation', (g) => { const b = JSON.parse(g); b.tables.observations[0].competitorId = 999; return JSON.stringify(b); }, /competitor 999 missing/],
    ['duplicate ids', (g) => { const b = JSON.parse(g); b.tables.competitors.push(b.tables.competitors[0]); return JSON.stringify(b); }, /duplicate/],
    ['bad bytes', (g) => { const b = JSON.parse(g); b.tables.captures[0].gz = { $bytes: '!!!' }; return JSON.stringify(b); }, /bad base64/],
    ['unknown table', (g) => { const b = JSON.parse(g); b.tables.nonsense = [{ id: 1 }]; return JSON.stringify(b); }, /unknown table nonsense/],
  ];

  it.each(bad)('refuses a %s file with a clear message and changes nothing', async (_name, mutate, message) => {
    await seed('Keep');
    const good = await exportData('json');
    await db.table('settings').put({ key: 'language', value: 'en' });
    const before = await snapshot();
    const r = await restoreBackup(mutate(good));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/^Nothing was changed: /);
      expect(r.error).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('rolls back when writing fails half-way (one transaction over all tables)', async () => {
    await seed('Keep');
    const before = await snapshot();
    const backup = await exportData('json');
    // The last table written refuses its rows: every table cleared and refilled before it must come back.
    const withRows = (JSON.parse(backup) as { tables: Record<string, unknown[]> }).tables;
    const last = [...db.tables].reverse().find((t) => withRows[t.name]?.length)!;
    const spy = vi.spyOn(last, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    try {
      const r = await restoreBackup(backup.replace(/Keep/g, 'Changed'));
      expect(r).toEqual({ ok: false, error: expect.stringContaining('disk full') });
    } finally {
      spy.mockRestore();
    }
    expect(await snapshot()).toEqual(before);
  });

  it('speaks the stored language in errors', async () => {
    await db.table('settings').put({ key: 'language', value: 'vi' });
    const r = await restoreBackup('{"format":"nope"}');
    expect(r).toEqual({ ok: false, error: 'Không có gì thay đổi: JSON này không phải bản sao lưu RaceScout.' });
  });
});

describe('parseBackup', () => {
  it('counts what a backup holds without touching the store', async () => {
    await seed('Shop');
    const text = await exportData('json');
    await clearAll();
    const p = parseBackup(text);
    const held = { competitors: 1, observations: 3, captures: 1, snapshots: 1, settings: 1, suggestions: 1 };
    const counts = p.ok ? p.preview.counts : {};
    // Tables of later store versions travel empty.
    expect(counts).toEqual({ ...Object.fromEntries(db.tables.map((t) => [t.name, 0])), ...held });
    expect(await db.table('competitors').count()).toBe(0);
    expect(parseBackup('').ok).toBe(false);
  });

  it('base64 round-trips every byte value', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    for (const n of [0, 1, 2, 3, 255, 256]) expect(fromBase64(toBase64(all.subarray(0, n)))).toEqual(all.subarray(0, n));
  });
});
