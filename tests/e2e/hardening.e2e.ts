/**
 * Issue 14 in Chromium: a page holding every secret shape, typed into, is clipped and none of the
 * secrets is in the stored (gzipped) capture, the observation or any export; a 50 MB page is
 * answered within 20 s while other messages are answered meanwhile, and the next clip works; a
 * page that never finishes loading answers within the injection limit; the side panel makes no
 * request to the web while showing clips, ads' remote creatives included.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Observation } from '../../lib/analyze/types';
import { FIXTURE_PAGES, TMP, launchExtension, readCaptures, readTable, sendMessage, serveFolders, shippedManifest, tabIdOf, type ExtensionSession, type FixtureServer, captureTab, waitUntil } from './harness';
import { KEPT, SECRETS } from '../capture/secret-shapes';

const GENERATED = path.join(TMP, 'hardening-pages');
const SECRET_PAGE = `http://secrets.test/?utm_source=mail&token=${SECRETS.urlToken}&access_token=${SECRETS.urlAccessToken}`;
const HUGE_MB = 50;
type ObservationRow = { id: number; competitorId: number; kind: string; observation: Observation; gid?: string };

let files: FixtureServer;
let proxy: Server;
const hanging = new Set<Socket>();
let s: ExtensionSession;

beforeAll(async () => {
  await writeHugePage();
  files = await serveFolders(FIXTURE_PAGES, GENERATED);
  // Host `slow.test` starts a page and never finishes it; every other host is the fixture server.
  proxy = createServer((req, res) => {
    if ((req.headers.host ?? '').startsWith('slow.test')) {
      hanging.add(req.socket);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<!doctype html><html><head><title>Still loading</title></head><body><p>Loading');
      return;
    }
    const up = request({ host: '127.0.0.1', port: files.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const port = (proxy.address() as { port: number }).port;
  s = await launchExtension({ server: { ...files, port } });
}, 180_000);

afterAll(async () => {
  await s?.close();
  for (const socket of hanging) socket.destroy();
  await new Promise((r) => proxy?.close(r));
  await files?.close();
});

const clip = (page: Page) => captureTab(s, page);

function secretsIn(text: string): string[] {
  return Object.entries(SECRETS).filter(([, v]) => text.includes(v)).map(([k]) => k);
}

describe('a page holding secrets, typed into', () => {
  it('is clipped with none of them in the capture, the observation or any export', async () => {
    const page = await s.open(SECRET_PAGE);
    await page.fill('#nl_email', SECRETS.typedEmail);
    await page.click('#review');
    await page.keyboard.insertText(SECRETS.typedEditable);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('pixel.gif')));
    // the live page really holds them
    expect(await page.locator('#review').innerText()).toContain(SECRETS.typedEditable);
    const r = await clip(page);
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    const captures = await readCaptures(s.panel);
    const capture = captures.find((c) => String(c.url).includes('secrets.test'))!;
    const raw = JSON.stringify(capture);
    expect(secretsIn(raw), 'in the stored capture').toEqual([]);
    const rows = await readTable<ObservationRow>(s.panel, 'observations');
    expect(secretsIn(JSON.stringify(rows)), 'in the observation').toEqual([]);
    const formats = [['markdown'], ['csv'], ['csv', 'matrix'], ['csv', 'ads'], ['csv', 'searches'], ['json']] as const;
    for (const [format, table] of formats) {
      const e = await sendMessage(s.panel, { type: 'export', format, ...(table ? { table } : {}) });
      expect(e.ok).toBe(true);
      expect(secretsIn(e.ok ? e.text : ''), `in the ${format} ${table ?? ''} export`).toEqual([]);
    }
    // What the analyzer needs is still there.
    const o = rows.find((x) => x.observation.url.includes('secrets.test'))!.observation;
    expect(o.technologies.map((t) => t.id)).toEqual(expect.arrayContaining(['google-tag-manager', 'meta-pixel', 'klaviyo']));
    expect(capture.html as string).toContain(KEPT.gtmId);
    expect(capture.html as string).toContain(KEPT.shopContact);
    expect(String(capture.url)).toContain('utm_source=mail');
    console.log(`[figures] secrets: ${Object.keys(SECRETS).length} shapes checked absent from the stored capture, the observation and ${formats.length} exports`);
  });
});

describe(`a ${HUGE_MB} MB page`, () => {
  it('is answered within 20 s, other messages are answered meanwhile, and the next clip works', { timeout: 300_000 }, async () => {
    const page = await s.context.newPage();
    const loadStart = performance.now();
    await page.goto('http://www.hugepage.test/', { waitUntil: 'load', timeout: 120_000 });
    const loadMs = Math.round(performance.now() - loadStart);
    await page.bringToFront();
    const tabId = await tabIdOf(s.panel, page);
    const start = performance.now();
    const clipping = sendMessage(s.panel, { type: 'capture-tab', tabId }).then((a) => ({ a, ms: performance.now() - start }));
    // While it is read and analysed, another message is answered.
    await new Promise((r) => setTimeout(r, 1_500));
    const t = performance.now();
    const other = await sendMessage(s.panel, { type: 'export', format: 'csv' });
    const otherMs = Math.round(performance.now() - t);
    const { a, ms } = await clipping;
    console.log(`[figures] ${HUGE_MB} MB page: loaded in ${loadMs} ms; clip answered in ${Math.round(ms)} ms (${JSON.stringify(a)}); a CSV export sent meanwhile answered in ${otherMs} ms`);
    expect(ms).toBeLessThan(20_000);
    expect(other.ok).toBe(true);
    expect(otherMs).toBeLessThan(5_000);
    if (a.ok) {
      const rows = await readTable<ObservationRow>(s.panel, 'observations');
      const o = rows.find((x) => x.id === a.observationId)!.observation;
      expect(o.truncated?.limitChars).toBeGreaterThan(0);
      expect(o.technologies.map((x) => x.id)).toContain('google-tag-manager');
    } else expect(a.error).toMatch(/seconds|large/);
    await page.close();
    const next = await s.open('http://www.baanthai.test/');
    const n0 = performance.now();
    const r = await clip(next);
    console.log(`[figures] the next clip after the ${HUGE_MB} MB page: ${Math.round(performance.now() - n0)} ms`);
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  });
});

describe('a page that never finishes loading', () => {
  it('answers with a sentence within the injection limit and stores nothing', async () => {
    const before = (await readTable(s.panel, 'observations')).length;
    const page = await s.context.newPage();
    await page.goto('http://slow.test/', { waitUntil: 'commit' });
    const start = performance.now();
    const r = await clip(page);
    const ms = performance.now() - start;
    console.log(`[figures] still-loading page answered in ${Math.round(ms)} ms: ${JSON.stringify(r)}`);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/did not answer within 10 seconds/) });
    expect(ms).toBeLessThan(15_000);
    expect(await readTable(s.panel, 'observations')).toHaveLength(before);
    await page.close();
  });
});

describe('the side panel showing clips', () => {
  it('makes no request to the web, even for an ad with a remote creative', async () => {
    // An ad clip whose creative and og:image live on a remote server, added through a backup.
    const backup = await sendMessage(s.panel, { type: 'export', format: 'json' });
    const data = JSON.parse(backup.ok ? backup.text : '{}') as { tables: { observations: ObservationRow[] } };
    const base = data.tables.observations[0];
    const ad: ObservationRow = {
      ...base,
      id: 9_001,
      // A clip of its own: team sync's global id is unique (store version 6).
      gid: 'hardening-remote-creative-ad',
      kind: 'ad',
      observation: {
        ...base.observation,
        kind: 'ad',
        page: { ...base.observation.page, image: 'https://cdn.remote-images.test/og.jpg' },
        ads: [{ advertiser: 'Remote', headline: 'Creative on a server', text: null, displayUrl: 'remote.test', landingUrl: 'https://remote.test/', position: 'card-1', creativeType: 'image', creativeUrl: 'https://cdn.remote-images.test/creative.jpg' }],
      },
    };
    data.tables.observations.push(ad as never);
    const restored = await sendMessage(s.panel, { type: 'restore', text: JSON.stringify(data) });
    expect(restored).toEqual({ ok: true });
    const web: string[] = [];
    s.panel.on('request', (req) => {
      if (/^https?:/i.test(req.url())) web.push(req.url());
    });
    const seenBefore = files.requests.length;
    await s.panel.reload();
    for (const tab of ['competitors', 'matrix', 'reach', 'ads', 'searches', 'plan', 'changes', 'export']) {
      await s.panel.click(`[data-tab="${tab}"]`);
      await s.panel.locator(`[data-view="${tab}"]`).waitFor();
    }
    await s.panel.click('[data-tab="competitors"]');
    const cards = s.panel.locator('li[data-competitor] button.title');
    // The list is drawn from a live query after the tab opens: count it once it is there.
    await cards.first().waitFor();
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(2);
    let creativeLinks = 0;
    for (let i = 0; i < count; i++) {
      await s.panel.click('[data-tab="competitors"]');
      await s.panel.locator('li[data-competitor] button.title').nth(i).click();
      await s.panel.locator('[data-view="competitor"]').waitFor();
      await openAll();
      // The profile's ads come from a live query drawn after the rest of the view: give them a moment.
      const links = s.panel.locator('[data-view="competitor"] a[href*="remote-images.test"]');
      creativeLinks += (await waitUntil(() => links.count(), (n) => n > 0, 2_000)).value;
      const clips = s.panel.locator('[data-view="competitor"] .timeline button');
      for (let k = 0; k < (await clips.count()); k++) {
        await s.panel.locator('[data-view="competitor"] .timeline button').nth(k).click();
        await s.panel.locator('[data-view="observation"]').waitFor();
        await s.panel.waitForTimeout(200);
        await s.panel.click('button.back');
        await s.panel.locator('[data-view="competitor"]').waitFor();
        await openAll();
      }
    }
    // the ad's creative was on screen, as a link
    expect(creativeLinks).toBeGreaterThanOrEqual(1);
    expect(await s.panel.locator('img[src^="http"]').count()).toBe(0);
    expect(web).toEqual([]);
    // and the shipped manifest's policy forbids remote pictures in extension pages
    const csp = ((await shippedManifest()).content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toMatch(/img-src 'self' data: blob:;/);
    expect(csp).not.toMatch(/img-src[^;]*(https?:|\*)/);
    expect(files.requests.slice(seenBefore).filter((r) => r.includes('remote-images'))).toEqual([]);
  });
});

/** Opens every closed section of the competitor view (ads and messaging start closed). */
async function openAll() {
  const closed = s.panel.locator('[data-view="competitor"] > details.section:not([open]) > summary');
  for (let n = await closed.count(); n > 0; n = await closed.count()) await closed.first().click();
}

/** 50 MB of product cards, written once per run. */
async function writeHugePage(): Promise<void> {
  const dir = path.join(GENERATED, 'www.hugepage.test');
  await mkdir(dir, { recursive: true });
  // Long descriptions: 50 MB in ~25,000 cards (Chromium's own parse and layout stay within the test's time).
  const card = (i: number) => `<li class="product-card" data-sku="SKU-${i}"><a href="/p/${i}"><h3>Item ${i}</h3></a><p class="price">${(149000 + i).toLocaleString('vi-VN')}₫</p><p>${'Chất liệu cotton 100%, thoáng mát, thấm hút mồ hôi. '.repeat(40)}</p></li>\n`;
  const head = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Huge</title><script async src="//www.googletagmanager.com/gtm.js?id=GTM-HUGE"></script></head><body><h1>Huge page</h1><ul>';
  const parts: string[] = [head];
  let size = head.length;
  for (let i = 0; size < HUGE_MB * 1024 * 1024; i++) {
    const c = card(i);
    parts.push(c);
    size += Buffer.byteLength(c);
  }
  parts.push('</ul></body></html>');
  await writeFile(path.join(dir, 'index.html'), parts.join(''));
}
