/**
 * Watching competitors end to end, in Chromium with the built extension: a saved real product
 * page (read from ../shared/corpus at test time) is served locally, clipped and watched; checks
 * of the unchanged page, of the page after a price cut and a new TikTok pixel, and of the page
 * answering 500; then 51 more watched pages checked in one run. The shipped manifest keeps no
 * host access and asks for each origin only when the user watches it.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze/analyze';
import type { Answer } from '../../lib/messages';
import { ROOT, SHIPPED_BUILD, TMP, launchExtension, readManifest, readTable, sendMessage, shippedManifest, tabIdOf, waitUntil, type ExtensionSession, type FixtureServer } from './harness';

const CORPUS = path.resolve(ROOT, '../shared/corpus');
/** A real product page (Magento, priced $40.00) and where it lived. */
const PRODUCT = { file: 'formasaurus/html/brooklynbrewshop.com-1.html', url: 'http://brooklynbrewshop.com/beer-making-kits/hard-cider-kit' };
/** TikTok's pixel base code as its documentation gives it. */
const TIKTOK_PIXEL = `<script>!function (w, d, t) {w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify"];ttq.load=function(e,n){var r="https://analytics.tiktok.com/i18n/pixel/events.js";ttq._i=ttq._i||{};ttq._i[e]=[];var o=d.createElement("script");o.type="text/javascript";o.async=!0;o.src=r+"?sdkid="+e+"&lib="+t;var a=d.getElementsByTagName("script")[0];a.parentNode.insertBefore(o,a)};ttq.load('CABC123XYZ');ttq.page();}(window, document, 'ttq');</script>`;
const EXTRA_PAGES = 51;

type State = 'original' | 'cut' | 'error';
let state: State = 'original';
let original = '';
let cut = '';
const extra = new Map<string, string>(); // host+path → corpus file
const requests: { host: string; path: string; cookie: string | undefined }[] = [];
let http: Server;
let s: ExtensionSession;

/** Serves the product page in its current state (with a session cookie, which checks must not send back) and the extra pages by host. */
async function serve(): Promise<FixtureServer> {
  http = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ host, path: pathname, cookie: req.headers.cookie });
    const productUrl = new URL(PRODUCT.url);
    if (host === productUrl.hostname && pathname === productUrl.pathname) {
      if (state === 'error') return void res.writeHead(500, { 'content-type': 'text/html' }).end('<html><title>500 Internal Server Error</title></html>');
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'frontend=session-abc; Path=/', 'cache-control': 'no-store' }).end(state === 'cut' ? cut : original);
    }
    const file = extra.get(host + pathname);
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    void readFile(file).then((b) => res.writeHead(200, { 'content-type': 'text/html' }).end(b));
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const port = (http.address() as { port: number }).port;
  return { origin: `http://127.0.0.1:${port}`, port, requests: [], close: () => new Promise((r) => http.close(() => r())) };
}

/** The price as the page writes it ("$40.00"), cut by a fifth everywhere it is written. */
function cutPrice(html: string): { html: string; before: number; after: number } {
  const price = analyze({ html, url: PRODUCT.url }).offers[0].price ?? 0;
  const after = Math.round(price * 0.8);
  const written = (n: number) => n.toFixed(2);
  return { html: html.split(written(price)).join(written(after)), before: price, after };
}

async function pickExtraPages(): Promise<string[]> {
  const lines = (await readFile(path.join(CORPUS, 'pages.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { path: string; url: string | null; page_type: string });
  const pages = lines.filter((p) => p.url && !p.page_type.startsWith('serp')).slice(0, EXTRA_PAGES);
  return pages.map((p, i) => {
    // Each page on a host of its own (every host resolves to the local server).
    const u = new URL(`http://shop${i + 1}.watch.test${new URL(p.url!).pathname}`);
    extra.set(u.hostname + u.pathname, path.join(CORPUS, p.path));
    return u.href;
  });
}

const run = (force = true) => sendMessage(s.panel, { type: 'run-watches', force }) as Promise<Answer<'run-watches'> & { ok: true }>;
const count = async (table: string) => (await readTable(s.panel, table)).length;
const productFetches = () => requests.filter((r) => r.host === new URL(PRODUCT.url).hostname).length;

let extraUrls: string[] = [];
beforeAll(async () => {
  original = await readFile(path.join(CORPUS, PRODUCT.file), 'utf8');
  const c = cutPrice(original);
  cut = c.html.replace('</head>', `${TIKTOK_PIXEL}</head>`);
  extraUrls = await pickExtraPages();
  s = await launchExtension({ server: await serve() });
});
afterAll(async () => {
  await s?.close();
  await new Promise((r) => http?.close(r));
});

describe('the shipped manifest', () => {
  it('has no host access; it may ask for one origin at a time, and alarms and notifications', async () => {
    const m = await shippedManifest();
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.permissions).toEqual(expect.arrayContaining(['alarms', 'notifications']));
  });
});

describe('watching a clipped product page', () => {
  let watchId = 0;

  beforeAll(async () => {
    const page = await s.open(PRODUCT.url);
    await page.bringToFront();
    const clip = await sendMessage(s.panel, { type: 'capture-tab', tabId: await tabIdOf(s.panel, page) });
    expect(clip.ok).toBe(true);
    await page.close();
    const watched = await sendMessage(s.panel, { type: 'watch', url: PRODUCT.url, every: 'day' });
    expect(watched).toMatchObject({ ok: true, watchId: expect.any(Number) });
    watchId = (watched as { watchId: number }).watchId;
  });

  it('keeps the first fetch as the baseline, linked to the clip and its competitor', async () => {
    const [w] = await readTable<{ clipId: number | null; competitorId: number | null; baselineId: number | null; lastOutcome: string }>(s.panel, 'watches');
    expect(w).toMatchObject({ clipId: expect.any(Number), competitorId: expect.any(Number), baselineId: expect.any(Number), lastOutcome: 'baseline' });
    expect(await count('watchObservations')).toBe(1);
  });

  it('a check of the unchanged page reports nothing and stores nothing', async () => {
    const r = await run();
    expect(r).toMatchObject({ ok: true, checked: 1, changed: 0, failed: 0, changes: [] });
    expect(await count('watchObservations')).toBe(1);
    expect(await count('watchChanges')).toBe(0);
    const [w] = await readTable<{ lastOutcome: string }>(s.panel, 'watches');
    expect(w.lastOutcome).toBe('unchanged');
  });

  it('fetches without the cookies the site set in the browser', () => {
    const product = requests.filter((r) => r.host === new URL(PRODUCT.url).hostname && r.path === new URL(PRODUCT.url).pathname);
    expect(product[0].cookie).toBeUndefined(); // the tab's first visit
    expect(product.length).toBeGreaterThanOrEqual(3);
    // The tab's later requests carry the session; the watch's fetches never do.
    for (const r of product.slice(1)) expect(r.cookie).toBeUndefined();
  });

  it('after a price cut and a new TikTok pixel, one check reports both, confirmed by a second fetch, and raises a notification', async () => {
    state = 'cut';
    const { before, after } = cutPrice(original);
    const fetchesBefore = productFetches();
    const r = await run();
    expect(productFetches() - fetchesBefore).toBe(2);
    expect(r).toMatchObject({ ok: true, checked: 1, changed: 1, failed: 0 });
    expect(r.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ watchId, url: PRODUCT.url, field: 'price', before, after }),
        expect.objectContaining({ watchId, url: PRODUCT.url, field: 'technology', before: null, after: 'TikTok Pixel' }),
      ]),
    );
    expect(r.changes).toHaveLength(2);
    const notes = await waitUntil(() => s.worker.evaluate(() => chrome.notifications.getAll()) as Promise<Record<string, boolean>>, (n) => Object.keys(n).length === 1, 3_000);
    expect(Object.keys(notes.value)[0]).toMatch(/^racescout-watch-/);
    expect(await s.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('2');
    // The new observation is stored, linked to the one before it.
    const observations = await readTable<{ id: number; previousId: number | null }>(s.panel, 'watchObservations');
    expect(observations).toHaveLength(2);
    expect(observations[1].previousId).toBe(observations[0].id);
    const changes = await readTable<{ observationId: number; previousId: number; seen: number }>(s.panel, 'watchChanges');
    expect(changes.every((c) => c.observationId === observations[1].id && c.previousId === observations[0].id && c.seen === 0)).toBe(true);
  });

  it('shows the changes in the panel’s What changed inbox, filtered by kind, and marks them seen', async () => {
    const panel = s.panel;
    await panel.bringToFront();
    await panel.locator('button[data-tab="watching"]').click();
    const inbox = panel.locator('[data-testid="watch-inbox"]');
    await inbox.locator('li[data-change]').first().waitFor();
    expect(await inbox.locator('li[data-change]').count()).toBe(2);
    const { before, after } = cutPrice(original);
    const text = await inbox.innerText();
    expect(text).toContain(`price ${before} $ → ${after} $`);
    expect(text).toContain('added TikTok Pixel');
    await panel.locator('[data-testid="inbox-kind"]').selectOption('technology');
    await waitUntil(() => inbox.locator('li[data-change]').count(), (n) => n === 1);
    expect(await inbox.locator('li[data-change]').getAttribute('data-change')).toBe('technology');
    await panel.locator('[data-testid="inbox-kind"]').selectOption('');
    await panel.locator('[data-testid="inbox-mark-all"]').click();
    const seen = await waitUntil(() => readTable<{ seen: number }>(panel, 'watchChanges'), (rows) => rows.every((r) => r.seen === 1));
    expect(seen.value.every((r) => r.seen === 1)).toBe(true);
    // The badge is cleared once the background has written the seen marks, a moment after the rows.
    const badge = await waitUntil(() => s.worker.evaluate(() => chrome.action.getBadgeText({})), (t) => t === '');
    expect(badge.value).toBe('');
    // The watched page shows its state and last result.
    expect(await panel.locator('[data-testid="watch-list"] li').first().innerText()).toMatch(/Watching/);
  });

  it('the next check reports nothing new', async () => {
    const r = await run();
    expect(r).toMatchObject({ ok: true, checked: 1, changed: 0, failed: 0, changes: [] });
    expect(await count('watchObservations')).toBe(2);
  });

  it('when the page answers 500 the check is failed, not changed, and stores nothing', async () => {
    state = 'error';
    const r = await run();
    expect(r).toMatchObject({ ok: true, checked: 1, changed: 0, failed: 1, changes: [] });
    expect(await count('watchObservations')).toBe(2);
    expect(await count('watchChanges')).toBe(2);
    const [w] = await readTable<{ lastOutcome: string; lastReason: string; failures: number }>(s.panel, 'watches');
    expect(w).toMatchObject({ lastOutcome: 'failed', lastReason: 'server-error', failures: 1 });
  });
});

declare const chrome: { notifications: { getAll(): Promise<Record<string, boolean>> }; action: { getBadgeText(o: object): Promise<string> } };

describe('many watched pages', () => {
  it(`checks ${EXTRA_PAGES} more watched pages in one run`, async () => {
    state = 'original';
    for (const url of extraUrls) expect(await sendMessage(s.panel, { type: 'watch', url, every: 'week' })).toMatchObject({ ok: true });
    const start = performance.now();
    const r = await run();
    const ms = performance.now() - start;
    console.log(`[figures] one forced run over ${r.checked} watched pages: ${Math.round(ms)} ms, ${r.changed} changed, ${r.failed} failed`);
    expect(r.checked).toBe(EXTRA_PAGES + 1);
    const watches = await readTable<{ url: string; lastCheckedAt: string | null }>(s.panel, 'watches');
    expect(watches.filter((w) => extraUrls.includes(w.url) && w.lastCheckedAt)).toHaveLength(EXTRA_PAGES);
  });
});

/**
 * A copy of the build granted ONE origin, as the panel's permission request leaves it: "Clip this
 * page" works there without the toolbar, and a page of another site cannot be watched.
 */
describe('one origin granted', () => {
  let one: ExtensionSession;
  const dir = path.join(TMP, 'chrome-mv3-one-origin');

  beforeAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await mkdir(TMP, { recursive: true });
    await cp(SHIPPED_BUILD, dir, { recursive: true });
    const manifest = await readManifest(dir);
    manifest.host_permissions = [`${new URL(PRODUCT.url).origin}/*`];
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    state = 'original';
    one = await launchExtension({ server: { origin: '', port: (http.address() as { port: number }).port, requests: [], close: async () => undefined }, extensionDir: dir });
  });
  afterAll(async () => {
    await one?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('clips a page of that site from the panel, with no gesture on the page', async () => {
    const page = await one.open(PRODUCT.url);
    await page.bringToFront();
    const r = await sendMessage(one.panel, { type: 'capture-tab', tabId: await tabIdOf(one.panel, page) });
    expect(r).toMatchObject({ ok: true, observationId: expect.any(Number) });
    const [row] = await readTable<{ observation: { offers: { price: number }[] } }>(one.panel, 'observations');
    expect(row.observation.offers[0].price).toBe(cutPrice(original).before);
  });

  it('watches that site, and refuses another one, saying which', async () => {
    expect(await sendMessage(one.panel, { type: 'watch', url: PRODUCT.url, every: 'day' })).toMatchObject({ ok: true });
    const other = await sendMessage(one.panel, { type: 'watch', url: extraUrls[0], every: 'day' });
    expect(other).toMatchObject({ ok: false, error: expect.stringContaining(new URL(extraUrls[0]).host) });
    expect(await readTable(one.panel, 'watches')).toHaveLength(1);
  });
});
