/**
 * Site adapters in the real extension: an ad library page and search result pages clipped in
 * Chromium become ad and SERP observations, with what the adapter's golden output says. The
 * pages are the adapters' own fixtures (tests/fixtures/adapters), served at the address in
 * their first-line comment (over http: the harness maps every host to the fixture server).
 */
import path from 'node:path';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TMP, launchExtension, readTable, sendMessage, serveFolders, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';
import type { Observation } from '../../lib/analyze/types';

const ADAPTER_FIXTURES = path.join(ROOT, 'tests/fixtures/adapters');
const SITES = path.join(TMP, 'adapter-sites');

/** Fixtures whose hosts Chromium does not force onto https (HSTS preload), so they can be served here. */
const CASES = [
  { fixture: 'tiktok-creative-center/top-ads-th', kind: 'ad' },
  { fixture: 'naver/power-link-ko', kind: 'serp' },
  { fixture: 'coccoc/giay-chay-bo-vi', kind: 'serp' },
] as const;

interface Expected {
  kind: string;
  ads?: { advertiser: string | null; landingUrl: string | null }[];
  serp?: { engine: string; results: unknown[] };
}

let server: FixtureServer;
let session: ExtensionSession;

/** Writes the fixture where the server finds it for its URL: `<host>/<path>/index.html`. */
async function place(fixture: string): Promise<{ url: string; expected: Expected }> {
  const html = await readFile(path.join(ADAPTER_FIXTURES, `${fixture}.html`), 'utf8');
  const original = new URL(/^<!--\s*url:\s*(\S+)\s*-->/.exec(html)![1]);
  const dir = path.join(SITES, original.hostname, decodeURIComponent(original.pathname));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), html);
  const expected = JSON.parse(await readFile(path.join(ADAPTER_FIXTURES, `${fixture}.expected.json`), 'utf8')) as Expected;
  return { url: `http://${original.host}${original.pathname}${original.search}`, expected };
}

beforeAll(async () => {
  await rm(SITES, { recursive: true, force: true });
  server = await serveFolders(SITES);
  session = await launchExtension({ server });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('site adapters in the extension', () => {
  it.each(CASES)('$fixture is clipped as $kind with the adapter’s reading', async ({ fixture, kind }) => {
    const { url, expected } = await place(fixture);
    const page = await session.open(url);
    const answer = await sendMessage(session.panel, { type: 'capture-tab', tabId: await tabIdOf(session.panel, page) });
    await page.close();
    expect(answer).toMatchObject({ ok: true });
    const rows = await readTable<{ id: number; observation: Observation }>(session.panel, 'observations');
    const obs = rows.find((r) => r.id === (answer as { observationId: number }).observationId)!.observation;
    expect(obs.kind).toBe(kind);
    expect(obs.ads.length).toBeGreaterThan(0);
    expect(obs.ads.map((a) => [a.advertiser, a.landingUrl])).toEqual((expected.ads ?? []).map((a) => [a.advertiser, a.landingUrl]));
    if (expected.serp) expect(obs.serp?.results.length).toBe(expected.serp.results.length);
    // An ad's landing URL is the advertiser's, never a wrapper on the engine's host.
    for (const ad of obs.ads) if (ad.landingUrl) expect(new URL(ad.landingUrl).hostname).not.toMatch(/naver\.com$|coccoc\.com$|tiktok\.com$/);
  });
});
