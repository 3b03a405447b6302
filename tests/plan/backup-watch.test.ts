/** Watches travel in the JSON backup, and a restore refuses watch rows that point nowhere. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../lib/store/db';
import { exportData } from '../../lib/background/export';
import { restoreBackup } from '../../lib/background/restore';
import { parseBackup } from '../../lib/plan/backup-schema';
import { saveClip } from '../../lib/store/queries';
import { addWatch, recordCheck } from '../../lib/store/watches';
import { pageObservation } from '../store/observations';

const URL_ = 'https://shop.baanthai.co.th/products/silk-scarf';

beforeEach(async () => {
  await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
});

async function seedWatch() {
  await saveClip({ html: '<html></html>', url: URL_ }, pageObservation({ url: URL_ }), null);
  const id = await addWatch(URL_, 'day', new Date('2026-03-01T00:00:00Z'));
  const item = { id, url: URL_, origin: 'https://shop.baanthai.co.th' };
  await recordCheck(item, { outcome: 'baseline', observation: pageObservation(), needsRendered: false }, Date.parse('2026-03-01T01:00:00Z'));
  await recordCheck(item, { outcome: 'changed', observation: pageObservation(), changes: [{ field: 'price', subject: null, before: 1290, after: 990, currency: 'THB' }] }, Date.parse('2026-03-02T01:00:00Z'));
}

const dump = async () => Object.fromEntries(await Promise.all(['watches', 'watchChecks', 'watchObservations', 'watchChanges'].map(async (t) => [t, await db.table(t).toArray()])));

describe('watches in the backup', () => {
  it('round-trip through export and restore', async () => {
    await seedWatch();
    const before = await dump();
    const backup = await exportData('json');
    expect(JSON.parse(backup).tables.watches).toHaveLength(1);
    await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
    expect(await restoreBackup(backup)).toEqual({ ok: true });
    expect(await dump()).toEqual(before);
  });

  it('a backup made before watching existed is still valid', async () => {
    await seedWatch();
    const json = JSON.parse(await exportData('json'));
    for (const t of ['watches', 'watchChecks', 'watchObservations', 'watchChanges']) delete json.tables[t];
    expect(parseBackup(JSON.stringify(json)).ok).toBe(true);
  });

  it('refuses watch rows that point at rows the backup lacks, and changes nothing', async () => {
    await seedWatch();
    const json = JSON.parse(await exportData('json'));
    json.tables.watchObservations = json.tables.watchObservations.slice(0, 1);
    const r = parseBackup(JSON.stringify(json));
    expect(r).toMatchObject({ ok: false, error: { key: 'err_invalid' } });
    expect(String((r as { error: { params: unknown[] } }).error.params[0])).toMatch(/watch observation \d+ missing/);
    const stored = await dump();
    expect((await restoreBackup(JSON.stringify(json))).ok).toBe(false);
    expect(await dump()).toEqual(stored);
  });

  it('refuses a watch of something that is not a web page', async () => {
    await seedWatch();
    const json = JSON.parse(await exportData('json'));
    json.tables.watches[0].url = 'javascript:alert(1)';
    expect(parseBackup(JSON.stringify(json)).ok).toBe(false);
  });
});
