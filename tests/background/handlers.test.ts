/**
 * The background's handlers on a fake browser (WXT's fakeBrowser) and fake IndexedDB: export and
 * restore round-trip the store, re-analyse rewrites observations, and clip requests for tabs that
 * cannot be clipped answer with a message and store nothing.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handlers } from '../../lib/background/handlers';
import { db } from '../../lib/store/db';
import { saveClip } from '../../lib/store/queries';
import { pageObservation } from '../store/observations';

beforeEach(async () => {
  fakeBrowser.reset();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
});

const seed = () => saveClip({ html: '<html lang="th"><head><title>ร้านผ้าไหม</title></head><body></body></html>', url: 'https://www.baanthai.co.th/', capturedAt: '2026-01-10T03:00:00.000Z' }, pageObservation(), null);

describe('handlers', () => {
  it('has exactly one handler per message type', () => {
    expect(Object.keys(handlers).sort()).toEqual(['capture-tab', 'export', 'export-part', 'pick-ad', 'picked', 'reanalyze-all', 'restore', 'restore-part', 'run-watches', 'sync-configure', 'sync-disconnect', 'sync-now', 'sync-status', 'unwatch', 'watch', 'watch-seen', 'watch-set']);
  });

  it('exports a JSON backup and restores it', async () => {
    await seed();
    const exported = await handlers.export({ type: 'export', format: 'json' }, {});
    expect(exported.ok).toBe(true);
    const text = exported.ok ? exported.text : '';
    expect(JSON.parse(text).tables.observations).toHaveLength(1);
    await db.observations.clear();
    expect(await handlers.restore({ type: 'restore', text }, {})).toEqual({ ok: true });
    expect(await db.observations.count()).toBe(1);
    expect(await db.competitors.count()).toBe(1);
  });

  it('exports CSV of the clips', async () => {
    await seed();
    const r = await handlers.export({ type: 'export', format: 'csv' }, {});
    expect(r.ok && r.text).toContain('baanthai.co.th');
  });

  it('refuses a broken backup with a message and changes nothing', async () => {
    await seed();
    const r = await handlers.restore({ type: 'restore', text: '{"tables": ' }, {});
    expect(r).toEqual({ ok: false, error: expect.any(String) });
    expect(await db.observations.count()).toBe(1);
  });

  it('re-analyses every stored capture with the current analyzer', async () => {
    const id = await seed();
    const r = await handlers['reanalyze-all']({ type: 'reanalyze-all' }, {});
    expect(r).toEqual({ ok: true, reanalyzed: 1, failed: 0 });
    const row = await db.observations.get(id);
    // The stored capture, not the seeded observation, is what the analyzer read.
    expect(row!.observation.page.title).toBe('ร้านผ้าไหม');
    expect(row!.capturedAt).toBe('2026-01-10T03:00:00.000Z');
  });

  it('answers a clip of a browser page with a clear message and stores nothing', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    const r = await handlers['capture-tab']({ type: 'capture-tab', tabId: tab.id! }, {});
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/browser page/) });
    expect(await db.observations.count()).toBe(0);
  });

  it('answers a clip of a closed tab with a clear message', async () => {
    const r = await handlers['capture-tab']({ type: 'capture-tab', tabId: 404 }, {});
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/closed|left the page/) });
  });

  it('refuses a pick that did not come from a tab', async () => {
    const r = await handlers.picked({ type: 'picked', picked: { html: '<div></div>', text: '', links: [], images: [], selector: 'div' }, viewport: { width: 1, height: 1, devicePixelRatio: 1 } }, {});
    expect(r.ok).toBe(false);
  });
});
