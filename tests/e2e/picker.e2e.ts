/**
 * The element picker in Chromium: started with `pick-ad`, hovering outlines, a click on a
 * sponsored post in a fixture feed stores an ad observation with a screenshot cropped to it,
 * Esc cancels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Observation } from '../../lib/analyze/types';
import { FIXTURE_PAGES, createTab, launchExtension, readTable, sendMessage, serveFolders, tabIdOf, waitUntil, type ExtensionSession, type FixtureServer } from './harness';

type ObservationRow = { id: number; competitorId: number; kind: string; observation: Observation };
type CaptureRow = { observationId: number; screenshot: string | null };

const FEED = 'http://feed.socialfeed.test/';
let server: FixtureServer;
let s: ExtensionSession;

beforeAll(async () => {
  server = await serveFolders(FIXTURE_PAGES);
  s = await launchExtension({ server });
});
afterAll(async () => {
  await s?.close();
  await server?.close();
});

async function startPicker(page: Page) {
  await page.bringToFront();
  const r = await sendMessage(s.panel, { type: 'pick-ad', tabId: await tabIdOf(s.panel, page) });
  expect(r).toEqual({ ok: true });
  await page.locator('racescout-picker').waitFor({ state: 'attached' });
}

/** The outline box's rectangle, read from the picker's shadow root. */
const outline = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('racescout-picker')?.shadowRoot?.querySelector('div');
    if (!box || box.style.display === 'none') return null;
    const r = box.getBoundingClientRect();
    return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
  });

const observations = () => readTable<ObservationRow>(s.panel, 'observations');

describe('the element picker', () => {
  it('outlines the element under the pointer without changing the page', async () => {
    const page = await s.open(FEED);
    const styleBefore = await page.evaluate(() => document.querySelectorAll('[style]').length);
    await startPicker(page);
    const post = await page.locator('#post-1001').boundingBox();
    await page.mouse.move(post!.x + 4, post!.y + 4); // the post's own padding: the post itself
    await waitUntil(() => outline(page), (r) => r !== null, 2_000);
    const rect = await page.locator('#post-1001').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
    });
    expect(await outline(page)).toEqual(rect);
    // An overlay on top, nothing restyled underneath.
    expect(await page.evaluate(() => document.querySelectorAll('[style]').length)).toBe(styleBefore);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('clips the clicked sponsored post as an ad, with a screenshot cropped to it', async () => {
    const page = await s.open(FEED);
    await startPicker(page);
    const post = page.locator('#post-1002');
    const box = (await post.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + 4);
    await waitUntil(() => outline(page), (r) => r !== null && Math.round(r.height) === Math.round(box.height), 2_000);
    await page.mouse.click(box.x + 4, box.y + 4);

    const { value: rows } = await waitUntil(observations, (r) => r.length === 1, 10_000);
    expect(rows).toHaveLength(1);
    const o = rows[0].observation;
    expect(o.kind).toBe('ad');
    expect(o.adapter).toBe('picked-ad');
    const [ad] = o.ads;
    expect(ad.landingUrl).toMatch(/^http:\/\/www\.baanthai\.test\/sale/);
    expect(ad.text ?? ad.headline ?? '').toMatch(/ลด 20%/);
    // The click went to the picker, not to the post's link.
    expect(page.url()).toBe(FEED);
    await expect(page.locator('racescout-picker').count()).resolves.toBe(0);

    // Filed under the advertiser (the landing page's domain), not the feed it was seen on.
    const competitors = await readTable<{ id: number; domains: string[] }>(s.panel, 'competitors');
    expect(competitors.find((c) => c.id === rows[0].competitorId)!.domains).toEqual(['baanthai.test']);

    // The picked element travelled with the capture; the screenshot is the post only.
    const [capture] = await readTable<CaptureRow>(s.panel, 'captures');
    expect(capture.screenshot).toMatch(/^data:image\/jpeg;base64,/);
    const size = await s.panel.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, capture.screenshot!);
    const dpr = await page.evaluate(() => window.devicePixelRatio);
    expect(Math.abs(size.width - box.width * dpr)).toBeLessThanOrEqual(2);
    expect(Math.abs(size.height - box.height * dpr)).toBeLessThanOrEqual(2);
  });

  it('cancels with Esc: the outline goes, nothing is stored, clicks reach the page again', async () => {
    const before = (await observations()).length;
    const page = await s.open(FEED);
    await startPicker(page);
    const box = (await page.locator('#post-1003').boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + 4);
    await page.keyboard.press('Escape');
    await expect(page.locator('racescout-picker').count()).resolves.toBe(0);
    await page.waitForTimeout(500);
    expect(await observations()).toHaveLength(before);
    await page.locator('#post-1003 header a').click();
    await page.waitForURL('**/u/ploy.cooks');
  });

  it('refuses to start on a browser page with a clear message', async () => {
    const tabId = await createTab(s.panel, s.extensionUrl('report.html'));
    const r = await sendMessage(s.panel, { type: 'pick-ad', tabId });
    expect(r, JSON.stringify(r)).toEqual({ ok: false, error: expect.stringMatching(/browser page/) });
  });
});
