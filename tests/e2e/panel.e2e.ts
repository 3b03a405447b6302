/**
 * The side panel and the Reach plan end to end, in Chromium with the built extension: clip
 * three fixture shops (tests/fixtures/panel-shops), open the matrix and the channel selection,
 * set the user's context, export the Markdown plan through the `export` message and read it,
 * back up and restore into an empty profile, and switch the UI to Arabic (document dir rtl).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeFile } from 'node:fs/promises';
import { ROOT, TMP, launchExtension, readTable, sendMessage, serveFolders, tabIdOf, waitUntil, type ExtensionSession, type FixtureServer } from './harness';

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
    const focus = await card.locator('.focus').count();
    expect(focus).toBeGreaterThanOrEqual(1);
    expect(focus).toBeLessThanOrEqual(2);
    // Every channel is scored.
    expect(await panel.locator('[data-testid="score-table"] tbody tr').count()).toBe(13);
    // The user's context: audience, budget and currency, written to settings.
    await panel.locator('[data-view="reach"] details.section').nth(0).locator('summary').click();
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
    // The timeline is the first (folded) section, newest first: the last entry is the shop page.
    await panel.locator('[data-view="competitor"] details.section').first().locator('summary').click();
    await panel.locator('[data-view="competitor"] .timeline button').last().click();
    await panel.waitForSelector('[data-view="observation"]');
    expect(await panel.locator('[data-view="observation"]').textContent()).toContain(SHOPS[0].url);
    // The screenshot shows when the browser let the clip take one (captureVisibleTab needs
    // activeTab, which a test cannot grant): the view follows what is stored.
    const [row] = (await readTable<{ url: string; screenshot?: string | null }>(panel, 'observations')).filter((o) => o.url === SHOPS[0].url);
    if (row.screenshot) expect(await panel.locator('[data-view="observation"] img.screenshot').getAttribute('src')).toBe(row.screenshot);
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
