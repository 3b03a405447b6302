/**
 * The side panel and the Reach plan end to end, in Chromium with the built extension: clip
 * three fixture shops (tests/fixtures/panel-shops), open the matrix and the channel selection,
 * set the user's context, export the Markdown plan through the `export` message and read it,
 * back up and restore into an empty profile, and switch the UI to Arabic (document dir rtl).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import { FIXTURE_PAGES, ROOT, TMP, launchExtension, readTable, sendMessage, serveFolders, tabIdOf, waitUntil, type ExtensionSession, type FixtureServer } from './harness';

const SHOPS_DIR = path.join(ROOT, 'tests/fixtures/panel-shops');
const SHOPS = [
  { url: 'http://www.bloomandbrew.test/products/ethiopia-guji.html', domain: 'bloomandbrew.test' },
  { url: 'http://www.baansabai.test/', domain: 'baansabai.test' },
  { url: 'http://www.seoulmood.test/', domain: 'seoulmood.test' },
];
/** Bloom & Brew's TikTok, which the shop links to: the clip joins that competitor and gives a follower reading. */
const PROFILE = 'http://www.tiktok.com/@bloomandbrew';
const AUDIENCE = 'Home baristas aged 25-40 in Portland and Seattle';

interface Competitor {
  id: number;
  name: string;
  domains: string[];
}

let server: FixtureServer;
let session: ExtensionSession;
let panel: Page;
let backup = '';

beforeAll(async () => {
  server = await serveFolders(SHOPS_DIR);
  session = await launchExtension({ server });
  panel = session.panel;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openTab(view: string) {
  await panel.click(`[data-tab="${view}"]`);
  await panel.waitForSelector(`[data-view="${view}"]`);
}

describe('the panel and the Reach plan, in Chromium', () => {
  it('clips three shops and one of their TikTok profiles: three competitors, a follower reading', async () => {
    for (const url of [...SHOPS.map((s) => s.url), PROFILE]) {
      const page = await session.open(url);
      const answer = await sendMessage(panel, { type: 'capture-tab', tabId: await tabIdOf(panel, page) });
      expect(answer, url).toMatchObject({ ok: true });
      await page.close();
    }
    const competitors = await readTable<Competitor>(panel, 'competitors');
    expect(competitors.map((c) => c.domains[0]).sort()).toEqual(SHOPS.map((s) => s.domain).sort());
    expect(await readTable(panel, 'observations')).toHaveLength(4);
    const bloom = competitors.find((c) => c.domains[0] === 'bloomandbrew.test')!;
    expect(await readTable(panel, 'snapshots')).toEqual([expect.objectContaining({ competitorId: bloom.id, profileKey: 'tiktok:bloomandbrew', followers: 12000 })]);
    // The first view lists them, live.
    await openTab('competitors');
    await waitUntil(() => panel.locator('[data-view="competitors"] li.card').count(), (n) => n === 3);
    for (const c of competitors) await expect(panel.locator(`[data-competitor="${c.name}"]`).count()).resolves.toBe(1);
  });

  it('shows the matrix: a row per shop, cells with evidence that opens the clip', async () => {
    await openTab('matrix');
    const rows = panel.locator('[data-view="matrix"] [role="rowheader"]');
    await waitUntil(() => rows.count(), (n) => n === 3);
    expect((await rows.allTextContents()).length).toBe(3);
    const strong = panel.locator('[data-view="matrix"] .hm-cell.l3, [data-view="matrix"] .hm-cell.l2');
    expect(await strong.count()).toBeGreaterThanOrEqual(3);
    await strong.first().click();
    const evidence = panel.locator('[data-testid="cell-evidence"]');
    await evidence.waitFor();
    const text = await evidence.textContent();
    expect(SHOPS.some((s) => text?.includes(s.url))).toBe(true);
    // Share of voice (followers from the profile clip) is drawn with chart.js.
    expect(await panel.locator('[data-view="matrix"] canvas').count()).toBe(1);
  });

  it('selects channels for Reach from the user context and weights', async () => {
    await openTab('reach');
    const card = panel.locator('[data-testid="recommendation"]');
    await card.waitFor();
    // Before any context the view asks for it first, and the recommendation says it is a draft.
    const view = panel.locator('[data-view="reach"]');
    const [formTop, cardTop] = await Promise.all([view.locator('[data-testid="context-form"]').boundingBox(), card.boundingBox()]);
    expect(formTop!.y).toBeLessThan(cardTop!.y);
    expect(await card.locator('[data-testid="draft-notice"]').textContent()).toContain('draft');
    expect(await card.textContent()).not.toContain('Fits your budget');
    const focus = await card.locator('.focus').count();
    expect(focus).toBeGreaterThanOrEqual(1);
    expect(focus).toBeLessThanOrEqual(2);
    // Every channel is scored.
    expect(await panel.locator('[data-testid="score-table"] tbody tr').count()).toBe(13);
    // The user's context (open at the top): audience, budget and currency, written to settings.
    await panel.fill('[data-field="audience"]', AUDIENCE);
    await panel.fill('[data-field="budget"]', '1200');
    await panel.fill('[data-field="currency"]', 'USD');
    // Weights are editable: moving the presence weight to 0 is stored too.
    await panel.locator('[data-view="reach"] details.section').nth(1).locator('summary').click();
    await panel.locator('[data-factor="presence"]').fill('0');
    const { value: settings } = await waitUntil(
      () => readTable<{ key: string; value: Record<string, unknown> }>(panel, 'settings'),
      (rows) => rows.some((r) => r.key === 'planContext' && (r.value.audience as { description?: string })?.description === AUDIENCE && r.value.monthlyBudget === 1200) && rows.some((r) => r.key === 'planWeights' && r.value.presence === 0),
    );
    expect(settings.find((r) => r.key === 'planWeights')?.value.presence).toBe(0);
    // The budget split follows: the lines add up to the new budget.
    await waitUntil(() => card.locator('.budget').textContent(), (t) => !!t && t.includes('$'));
  });

  it('exports the Markdown plan through the export message', async () => {
    const answer = await sendMessage(panel, { type: 'export', format: 'markdown' });
    expect(answer.ok).toBe(true);
    const md = answer.ok ? answer.text : '';
    // Kept beside the test profiles so a reader can see the plan the test read.
    await writeFile(path.join(TMP, 'panel-plan.md'), md);
    for (const heading of ['# Digital marketing plan (RACE)', '### Competitive landscape', '### PESTLE', '### Goals against benchmarks', '## Reach', '### Target audience', '### Chosen channels', '### Budget', '## Act', '## Convert', '## Engage'])
      expect(md).toContain(heading);
    expect(md).toContain(AUDIENCE);
    expect(md).toContain('$1,200.00');
    const competitors = await readTable<Competitor>(panel, 'competitors');
    for (const c of competitors) expect(md).toContain(`| ${c.name} |`);
    // The landscape counts Bloom & Brew's TikTok followers.
    expect(md).toMatch(/\| bloomandbrew\.test \| 2 \| [^|]+ \| 12,000 \|/);
    // Claims link to the clipped pages as evidence, and benchmarks name their source.
    expect(SHOPS.some((s) => md.includes(`(<${s.url}>)`))).toBe(true);
    expect(md).toMatch(/wordstream\.com|mailchimp\.com/);
    // CSV and JSON go through the same message.
    const csv = await sendMessage(panel, { type: 'export', format: 'csv' });
    expect(csv.ok && csv.text.split('\n')[0]).toMatch(/^observation_id,competitor,captured_at/);
    const json = await sendMessage(panel, { type: 'export', format: 'json' });
    expect(json.ok).toBe(true);
    backup = json.ok ? json.text : '';
    expect(JSON.parse(backup)).toMatchObject({ format: 'racescout-backup' });
  });

  it('opens a competitor profile and clicks through to the clip and its screenshot', async () => {
    await openTab('competitors');
    const [bloom] = (await readTable<Competitor>(panel, 'competitors')).filter((c) => c.domains[0] === 'bloomandbrew.test');
    await panel.locator(`[data-competitor="${bloom.name}"] button.title`).click();
    await panel.waitForSelector('[data-view="competitor"]');
    const profile = await panel.locator('[data-view="competitor"]').textContent();
    expect(profile).toContain('Meta Pixel');
    expect(profile).toContain('12K followers');
    // The profile opens on its summary.
    await panel.locator('[data-view="competitor"] [data-testid="profile-summary"]').waitFor();
    // The timeline is a folded section, newest first: the last entry is the shop page.
    await panel.locator('[data-view="competitor"] details.section:has(.timeline) > summary').click();
    await panel.locator('[data-view="competitor"] .timeline button').last().click();
    await panel.waitForSelector('[data-view="observation"]');
    expect(await panel.locator('[data-view="observation"]').textContent()).toContain(SHOPS[0].url);
    // The screenshot is stored on the clip's capture row; the view shows what is stored there.
    const [row] = (await readTable<{ id: number; url: string }>(panel, 'observations')).filter((o) => o.url === SHOPS[0].url);
    const [capture] = (await readTable<{ observationId: number; screenshot?: string | null }>(panel, 'captures')).filter((c) => c.observationId === row.id);
    if (capture.screenshot) await waitUntil(() => panel.locator('[data-view="observation"] img.screenshot').getAttribute('src'), (src) => src === capture.screenshot);
    else await panel.getByText('No screenshot').waitFor();
  });

  it('opens the printable report with its charts', async () => {
    const report = await session.context.newPage();
    await report.goto(session.extensionUrl('report.html'));
    await report.waitForSelector('.report [data-testid="recommendation"]');
    expect(await report.locator('.report canvas').count()).toBeGreaterThanOrEqual(1);
    expect(await report.locator('.report [role="rowheader"]').count()).toBe(3);
    await report.close();
  });

  it('re-analyses every clip from its stored capture, keeping clips and competitors', async () => {
    const before = await readTable<{ id: number; competitorId: number; capturedAt: string }>(panel, 'observations');
    await openTab('export');
    await panel.click('[data-testid="reanalyze"] button');
    const status = panel.locator('[data-testid="reanalyze"] [role="status"]');
    await waitUntil(() => status.textContent(), (text) => /clips re-analysed/.test(text ?? ''), 20_000);
    expect(await status.textContent()).toBe(`${before.length} clips re-analysed, 0 could not be read.`);
    const after = await readTable<{ id: number; competitorId: number; capturedAt: string }>(panel, 'observations');
    expect(after.map((o) => [o.id, o.competitorId, o.capturedAt])).toEqual(before.map((o) => [o.id, o.competitorId, o.capturedAt]));
  });

  it('switches the UI to Arabic: rtl document, Arabic words, Arabic plan', async () => {
    await openTab('competitors');
    await panel.selectOption('[data-testid="language"]', 'ar');
    await waitUntil(() => panel.evaluate(() => document.documentElement.dir), (d) => d === 'rtl');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(await panel.locator('[data-tab="matrix"]').textContent()).toMatch(/[\u0600-\u06FF]/);
    const answer = await sendMessage(panel, { type: 'export', format: 'markdown' });
    expect(answer.ok && answer.text).toContain('خطة التسويق الرقمي');
    // Back to following the browser.
    await panel.selectOption('[data-testid="language"]', 'auto');
    await waitUntil(() => panel.evaluate(() => document.documentElement.dir), (d) => d === 'ltr');
  });
});

describe('restore into an empty profile', () => {
  let empty: ExtensionSession;

  afterAll(async () => {
    await empty?.close();
  });

  it('refuses a damaged file, then restores the backup whole', async () => {
    expect(backup).not.toBe('');
    empty = await launchExtension({ server });
    expect(await readTable(empty.panel, 'competitors')).toEqual([]);
    const cut = await sendMessage(empty.panel, { type: 'restore', text: backup.slice(0, backup.length >> 1) });
    expect(cut).toEqual({ ok: false, error: expect.stringMatching(/^Nothing was changed: /) });
    expect(await readTable(empty.panel, 'competitors')).toEqual([]);

    expect(await sendMessage(empty.panel, { type: 'restore', text: backup })).toEqual({ ok: true });
    const tables = JSON.parse(backup).tables as Record<string, unknown[]>;
    for (const name of ['competitors', 'observations', 'captures', 'snapshots', 'settings']) expect(await readTable(empty.panel, name), name).toHaveLength(tables[name].length);
    // The panel shows what came back.
    await empty.panel.reload();
    await waitUntil(() => empty.panel.locator('[data-view="competitors"] li.card').count(), (n) => n === 3);
  });
});

/**
 * The panel as a marketer sees it: 420 px wide, in English, Thai and Arabic. Three shops, one
 * shop clipped twice within a minute, and an ad picked in a social feed (its creative is the
 * cropped picture). No view may scroll sideways; the plan exported before any context is a
 * draft; a screenshot of every view is written to /tmp/shots-trust-panel/ to be looked at.
 */
describe('every view at 420 px in English, Thai and Arabic', () => {
  const SHOTS = '/tmp/shots-trust-panel';
  const FEED = 'http://feed.socialfeed.test/';
  let wide: ExtensionSession;
  let both: FixtureServer;
  let p: Page;

  beforeAll(async () => {
    both = await serveFolders(SHOPS_DIR, FIXTURE_PAGES);
    wide = await launchExtension({ server: both, viewport: { width: 420, height: 900 } });
    p = wide.panel;
    await p.setViewportSize({ width: 420, height: 900 });
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await wide?.close();
    await both?.close();
  });

  /** Elements (the document and every view) wider than their box: none may be. */
  const overflowing = () =>
    p.evaluate(() =>
      [document.documentElement, document.body, ...document.querySelectorAll('[data-view]')]
        .filter((e) => e.scrollWidth > e.clientWidth)
        .map((e) => `${e.tagName.toLowerCase()}${e.getAttribute('data-view') ? `[data-view=${e.getAttribute('data-view')}]` : ''} ${e.scrollWidth}>${e.clientWidth}`),
    );

  async function look(lang: string, name: string, selector: string) {
    await p.waitForSelector(selector);
    // Let live queries (screenshots, summaries) settle before measuring.
    await p.waitForTimeout(300);
    expect(await overflowing(), `${lang} ${name}`).toEqual([]);
    await p.screenshot({ path: path.join(SHOTS, `${lang}-${name}.png`), fullPage: true });
  }

  it('clips three shops (one twice within a minute) and picks an ad in a feed', async () => {
    for (const url of [...SHOPS.map((s) => s.url), SHOPS[0].url]) {
      const page = await wide.open(url);
      expect(await sendMessage(p, { type: 'capture-tab', tabId: await tabIdOf(p, page) }), url).toMatchObject({ ok: true });
      await page.close();
    }
    const feed = await wide.open(FEED);
    await feed.bringToFront();
    expect(await sendMessage(p, { type: 'pick-ad', tabId: await tabIdOf(p, feed) })).toEqual({ ok: true });
    await feed.locator('racescout-picker').waitFor({ state: 'attached' });
    const box = (await feed.locator('#post-1002').boundingBox())!;
    await feed.mouse.move(box.x + 4, box.y + 4);
    await feed.waitForTimeout(200);
    await feed.mouse.click(box.x + 4, box.y + 4);
    await waitUntil(() => readTable(p, 'observations'), (rows) => rows.length === 5, 10_000);
    await feed.close();
  });

  it('exports a plan that says it is a draft before any context is given', async () => {
    const answer = await sendMessage(p, { type: 'export', format: 'markdown' });
    const md = answer.ok ? answer.text : '';
    const top = md.split('\n').slice(0, 8).join('\n');
    expect(top).toContain('draft');
    expect(md).not.toContain('Fits your budget');
    expect(md).not.toContain('Reaches your audience well');
  });

  for (const lang of ['en', 'th', 'ar'] as const) {
    it(`${lang}: no view overflows 420 px; screenshots of each`, async () => {
      await p.selectOption('[data-testid="language"]', lang);
      await waitUntil(() => p.evaluate(() => document.documentElement.lang), (l) => l === lang);
      // Every tab the panel has, including views other work adds.
      const tabs = (await p.locator('[data-tab]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tab')))).filter((v): v is string => !!v);
      expect(tabs).toEqual(expect.arrayContaining(['competitors', 'matrix', 'reach', 'plan', 'changes', 'export']));
      for (const view of tabs) {
        await p.click(`[data-tab="${view}"]`);
        if (view === 'matrix') await p.locator('.hm-cell.l3').first().click();
        await look(lang, view, `[data-view="${view}"]`);
      }
      // The advertiser of the picked ad: its profile shows the creative.
      await p.click('[data-tab="competitors"]');
      const competitors = await readTable<Competitor>(p, 'competitors');
      const advertiser = competitors.find((c) => c.domains.includes('baanthai.test'))!;
      await p.locator(`[data-competitor="${advertiser.name}"] button.title`).click();
      await p.locator('[data-view="competitor"] [data-testid="ad-creative"]').first().waitFor();
      expect(await p.locator('[data-view="competitor"] [data-testid="ad-creative"]').first().getAttribute('src')).toMatch(/^data:image\//);
      await look(lang, 'competitor-advertiser', '[data-view="competitor"]');
      // A shop clipped twice: its profile, the timeline with seconds, and one clip with its screenshot.
      await p.click('[data-tab="competitors"]');
      const bloom = competitors.find((c) => c.domains.includes('bloomandbrew.test'))!;
      await p.locator(`[data-competitor="${bloom.name}"] button.title`).click();
      await p.locator('[data-view="competitor"] details.section:has(.timeline) > summary').click();
      await look(lang, 'competitor-shop', '[data-view="competitor"]');
      const stamps = await p.locator('[data-view="competitor"] .timeline button').allTextContents();
      // Two clips in one minute are told apart by their seconds.
      expect(new Set(stamps).size).toBe(stamps.length);
      await p.locator('[data-view="competitor"] .timeline button').first().click();
      const id = Number(await p.locator('[data-view="observation"] [data-observation]').first().getAttribute('data-observation'));
      const capture = (await readTable<{ observationId: number; screenshot?: string | null }>(p, 'captures')).find((c) => c.observationId === id)!;
      // The clip's screenshot is shown from its capture row (when the browser let the clip take one).
      if (capture.screenshot) await waitUntil(() => p.locator('[data-view="observation"] img.screenshot').getAttribute('src'), (src) => src === capture.screenshot);
      await look(lang, 'observation', '[data-view="observation"]');
    });
  }

  it('once the context is given, the draft notice goes and money reads in the market’s currency', async () => {
    await p.selectOption('[data-testid="language"]', 'en');
    await p.click('[data-tab="reach"]');
    const competitors = await readTable<Competitor>(p, 'competitors');
    await p.selectOption('[data-field="brand"]', String(competitors.find((c) => c.domains.includes('seoulmood.test'))!.id));
    await p.selectOption('[data-field="country"]', 'TH');
    await p.fill('[data-field="budget"]', '30000');
    await p.check('[data-goal="sales"]');
    await p.fill('[data-field="audience"]', AUDIENCE);
    const card = p.locator('[data-testid="recommendation"]');
    await waitUntil(() => card.locator('[data-testid="draft-notice"]').count(), (n) => n === 0, 5_000);
    expect(await card.locator('.budget').textContent()).toMatch(/THB|฿/);
    const md = await sendMessage(p, { type: 'export', format: 'markdown' });
    expect(md.ok && md.text).not.toMatch(/draft/i);
    for (const lang of ['en', 'th', 'ar']) {
      await p.selectOption('[data-testid="language"]', lang);
      await waitUntil(() => p.evaluate(() => document.documentElement.lang), (l) => l === lang);
      await look(lang, 'reach-given', '[data-view="reach"]');
    }
  });

  it('the restore picker names its button in the UI language', async () => {
    await p.click('[data-tab="export"]');
    expect(await p.locator('[data-testid="restore-choose"]').textContent()).toContain('اختر ملفًا');
    await p.selectOption('[data-testid="language"]', 'auto');
  });
});
