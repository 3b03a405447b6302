/**
 * Every backup restore accepts renders in every view: crafted backups (settings of the wrong
 * type, minimal observations of each kind, unknown channel ids, evidence that is not an object)
 * are restored and each view of the panel is opened; none may show the error sentence or stay
 * blank. Then a backup larger than one message part goes through the panel's own restore form
 * and comes back through its export, unchanged.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TMP, launchExtension, readTable, sendMessage, type ExtensionSession } from './harness';
import { TRANSFER_CHUNK_CHARS } from '../../lib/messages';

let s: ExtensionSession;
const TABS = ['competitors', 'matrix', 'reach', 'ads', 'searches', 'plan', 'changes', 'export'];
const AT = '2026-11-01T00:00:00.000Z';

beforeAll(async () => {
  s = await launchExtension();
});
afterAll(async () => {
  await s?.close();
});

/** The least an observation must hold to pass restore's structural check. */
const minimal = (kind: string, over: object = {}) => ({
  url: `https://odd.test/${kind}`,
  kind,
  page: {},
  offers: [],
  technologies: [],
  socialProfiles: [],
  emailCapture: { present: false },
  channels: [],
  ads: [],
  promotions: [],
  messaging: { ctas: [] },
  structuredData: { types: [] },
  ...over,
});

function backup(observations: object[], settings: { key: string; value: unknown }[] = []) {
  return JSON.stringify({
    format: 'racescout-backup',
    version: 1,
    exportedAt: AT,
    tables: {
      competitors: [
        { id: 1, name: 'Odd One', domains: ['odd.test'], handles: [], own: false, createdAt: AT },
        { id: 2, name: 'Me', domains: ['me.test'], handles: [], own: true, createdAt: AT },
      ],
      observations: observations.map((o, i) => ({ id: i + 1, competitorId: i % 2 ? 2 : 1, url: (o as { url: string }).url, domain: 'odd.test', kind: (o as { kind: string }).kind, capturedAt: new Date(Date.UTC(2026, 10, i + 1)).toISOString(), analyzerVersion: 1, observation: o })),
      captures: [],
      snapshots: [],
      settings,
    },
  });
}

const CRAFTED: Record<string, string> = {
  'settings of the wrong type': backup(
    [minimal('page')],
    [
      { key: 'pestle', value: 5 },
      { key: 'notes:1', value: 7 },
      { key: 'planContext', value: { audience: 5, monthlyBudget: 'lots', skills: 'abc', goals: 'sales', market: 3, stated: 'x', currency: 9 } },
      { key: 'planWeights', value: 'heavy' },
      { key: 'language', value: 9 },
      { key: 'benchmarkOverrides', value: [1, 2] },
      { key: 'benchmarkGoals', value: 'x' },
    ],
  ),
  'minimal observations of each kind': backup([minimal('ad'), minimal('social-profile'), minimal('serp'), minimal('serp', { serp: { engine: 'google' } }), minimal('product'), minimal('page')]),
  'odd entries inside lists': backup([
    minimal('ad', { ads: [{}, { headline: 5, creativeUrl: 'javascript:alert(1)' }] }),
    minimal('social-profile', { profile: { platform: 'instagram' } }),
    minimal('serp', { serp: { engine: 'bing', results: [{}, { rank: 'one' }] } }),
    minimal('product', { offers: [{ price: 10 }, { price: 12, currency: 7 }], promotions: [{ text: 'x' }] }),
  ]),
  'unknown channel ids': backup([
    minimal('page', {
      channels: [{ channel: 'telepathy', confidence: 1, evidence: [] }, { channel: 'paid-search', confidence: 0.9, evidence: [] }],
      technologies: [{ id: 'x', name: 'X', channels: ['carrier-pigeon'] }],
    }),
  ]),
  'evidence that is not an object': backup([
    minimal('page', {
      channels: [{ channel: 'email-sms', confidence: 0.8, evidence: ['a string', 42, null, [1]] }],
      technologies: [{ id: 'klaviyo', name: 'Klaviyo', categories: 'email', channels: ['email-sms'], evidence: 'none' }],
      emailCapture: { present: true, evidence: 'x', forms: 'y' },
    }),
  ]),
};

/** Opens the competitor view's closed sections (the timeline may start closed). */
async function openSections() {
  // The profile shows "loading" before its sections: open them once they are there.
  await s.panel.locator('[data-view="competitor"] > details.section').first().waitFor();
  const closed = s.panel.locator('[data-view="competitor"] > details.section:not([open]) > summary');
  for (let n = await closed.count(); n > 0; n = await closed.count()) await closed.first().click();
}

async function viewsRender(label: string) {
  await s.panel.reload();
  const problems: string[] = [];
  const check = async (where: string) => {
    await s.panel.waitForTimeout(150);
    if (await s.panel.locator('[data-testid="view-error"]').count()) problems.push(`${where}: ${await s.panel.locator('[data-testid="view-error"]').innerText()}`);
    const text = (await s.panel.locator('main').innerText()).trim();
    if (!text) problems.push(`${where}: blank`);
  };
  for (const tab of TABS) {
    await s.panel.click(`[data-tab="${tab}"]`);
    await check(tab);
  }
  await s.panel.click('[data-tab="competitors"]');
  // Counted once the live list is drawn (a count taken while it loads is 0 and checks nothing).
  await s.panel.locator('li[data-competitor] button.title').first().waitFor();
  const n = await s.panel.locator('li[data-competitor] button.title').count();
  for (let i = 0; i < n; i++) {
    await s.panel.click('[data-tab="competitors"]');
    await s.panel.locator('li[data-competitor] button.title').nth(i).click();
    await check(`competitor ${i}`);
    await openSections();
    const clips = await s.panel.locator('[data-view="competitor"] .timeline button').count();
    for (let k = 0; k < clips; k++) {
      await s.panel.locator('[data-view="competitor"] .timeline button').nth(k).click();
      await check(`competitor ${i} clip ${k}`);
      await s.panel.click('button.back');
      await openSections();
    }
  }
  expect(problems, label).toEqual([]);
}

describe('crafted backups restore accepts', () => {
  for (const [label, text] of Object.entries(CRAFTED)) {
    it(`render in every view: ${label}`, async () => {
      const r = await sendMessage(s.panel, { type: 'restore', text });
      expect(r, label).toEqual({ ok: true });
      expect((await readTable(s.panel, 'observations')).length).toBeGreaterThan(0);
      await viewsRender(label);
    });
  }
});

describe('a backup larger than one message part', () => {
  it('restores through the panel’s form and exports back unchanged', async () => {
    const dir = path.join(TMP, 'restore-views');
    await mkdir(dir, { recursive: true });
    const big = JSON.parse(backup([minimal('page')])) as { tables: { captures: object[] } };
    // ~18 M characters of base64: more than two parts
    big.tables.captures.push({ id: 1, observationId: 1, gz: { $bytes: randomBytes(13 * 1024 * 1024).toString('base64') }, bytes: 1 });
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(2 * TRANSFER_CHUNK_CHARS);
    const file = path.join(dir, 'big-backup.json');
    await writeFile(file, text);
    await s.panel.reload();
    await s.panel.click('[data-tab="export"]');
    const t0 = performance.now();
    await s.panel.locator('[data-testid="restore-file"]').setInputFiles(file);
    await s.panel.locator('[data-testid="restore-apply"]').click();
    await s.panel.locator('[data-view="export"] [role="status"].ok').waitFor({ timeout: 60_000 });
    const restoreMs = performance.now() - t0;
    const [row] = await readTable<{ gz: Uint8Array }>(s.panel, 'captures');
    expect(Object.keys(row.gz).length).toBe(13 * 1024 * 1024);
    const t1 = performance.now();
    const downloading = s.panel.waitForEvent('download', { timeout: 60_000 });
    await s.panel.locator('[data-export="json"] button').nth(1).click();
    const saved = await (await downloading).path();
    const exported = JSON.parse(await readFile(saved!, 'utf8')) as { tables: { captures: { gz: { $bytes: string } }[] } };
    console.log(`[figures] ${Math.round(text.length / 1024 / 1024)} MB backup through the panel: restored in ${Math.round(restoreMs)} ms, exported in ${Math.round(performance.now() - t1)} ms`);
    expect(exported.tables.captures[0].gz.$bytes).toBe((big.tables.captures[0] as { gz: { $bytes: string } }).gz.$bytes);
  });
});
