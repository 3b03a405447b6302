/**
 * The watch messages on WXT's fake browser, fake IndexedDB and a stubbed fetch: the contract of
 * `watch`, `run-watches`, `unwatch`, `watch-set` and `watch-seen`, access checked per origin.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handlers } from '../../lib/background/handlers';
import { db } from '../../lib/store/db';

const SHOP = 'https://shop.test/p/silk-scarf';
let price = 1290;
let status = 200;
let granted = new Set(['https://shop.test/*']);
const fetched: RequestInit[] = [];

const page = () => `<html lang="en"><head><title>Silk scarf</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Silk scarf","offers":{"@type":"Offer","price":"${price}","priceCurrency":"THB","availability":"https://schema.org/InStock"}}</script></head><body><h1>Silk scarf</h1><p class="price">฿${price.toLocaleString("en-US")}</p>${'<p>Hand-woven silk from Chiang Mai.</p>'.repeat(20)}</body></html>`;

beforeEach(async () => {
  fakeBrowser.reset();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  price = 1290;
  status = 200;
  granted = new Set(['https://shop.test/*']);
  fetched.length = 0;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.has(o)));
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    fetched.push(init);
    return new Response(page(), { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const send = {
  watch: (url: string, every = 'day') => handlers.watch({ type: 'watch', url, every } as never, {}),
  run: () => handlers['run-watches']({ type: 'run-watches', force: true }, {}),
};

describe('watch messages', () => {
  it('refuses what is not a web page, a frequency it does not know, and a site it may not read', async () => {
    expect(await send.watch('chrome://settings')).toMatchObject({ ok: false });
    expect(await send.watch(SHOP, 'monthly')).toMatchObject({ ok: false });
    const r = await send.watch('https://other.test/');
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('other.test') });
    expect(await db.watches.count()).toBe(0);
  });

  it('watches a page: baseline at once, fetched without cookies; a price cut is confirmed and reported', async () => {
    const w = await send.watch(SHOP);
    expect(w).toMatchObject({ ok: true, watchId: expect.any(Number) });
    expect(fetched.every((i) => i.credentials === 'omit')).toBe(true);
    expect(await send.run()).toMatchObject({ ok: true, checked: 1, changed: 0, failed: 0, changes: [] });
    price = 990;
    const r = await send.run();
    expect(r).toMatchObject({ ok: true, checked: 1, changed: 1, changes: [{ field: 'price', before: 1290, after: 990, url: SHOP }] });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
    expect(await handlers['watch-seen']({ type: 'watch-seen' }, {})).toEqual({ ok: true, unseen: 0 });
  });

  it('pauses the watches of a site whose access was removed, and resumes them when it is given back', async () => {
    await send.watch(SHOP);
    granted.clear();
    expect(await send.run()).toMatchObject({ ok: true, checked: 0 });
    expect((await db.watches.toArray())[0].revoked).toBe(true);
    granted.add('https://shop.test/*');
    expect(await send.run()).toMatchObject({ ok: true, checked: 1 });
    expect((await db.watches.toArray())[0].revoked).toBe(false);
  });

  it('pauses, resumes, changes frequency and removes', async () => {
    const { watchId } = (await send.watch(SHOP)) as { watchId: number };
    expect(await handlers['watch-set']({ type: 'watch-set', watchId, paused: true, every: 'week' }, {})).toEqual({ ok: true });
    expect(await send.run()).toMatchObject({ checked: 0 });
    expect((await db.watches.get(watchId))).toMatchObject({ paused: true, every: 'week' });
    expect(await handlers['watch-set']({ type: 'watch-set', watchId, every: 'yearly' as never }, {})).toMatchObject({ ok: false });
    expect(await handlers.unwatch({ type: 'unwatch', watchId }, {})).toEqual({ ok: true });
    expect(await db.watchObservations.count()).toBe(0);
    expect(await handlers.unwatch({ type: 'unwatch', watchId }, {})).toMatchObject({ ok: false });
  });

  it('a server error is a failed check and stores no observation', async () => {
    await send.watch(SHOP);
    status = 503;
    expect(await send.run()).toMatchObject({ ok: true, checked: 1, failed: 1, changed: 0 });
    expect(await db.watchObservations.count()).toBe(1);
  });
});
