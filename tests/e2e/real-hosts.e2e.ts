/**
 * Google, Facebook and Instagram pages clipped in Chromium at their real https addresses.
 * Those hosts are on Chromium's HSTS preload list, so they can only be reached over TLS: the
 * local proxy (tests/e2e/proxy.ts) ends TLS itself and answers from saved pages. The adapters'
 * fixtures are checked against their golden output, and a real saved Google page from the corpus
 * must read the same in the browser as the Node analyzer reads it from the file.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, clipUrl, launchExtension, readTable, type ExtensionSession } from './harness';
import { startProxy, type SiteProxy } from './proxy';
import { analyze } from '../../lib/analyze/analyze';
import type { Observation } from '../../lib/analyze/types';

const ADAPTER_FIXTURES = path.join(ROOT, 'tests/fixtures/adapters');
const CORPUS = path.resolve(ROOT, '../shared/corpus');

interface Expected {
  kind: string;
  ads?: { advertiser: string | null; landingUrl: string | null }[];
  serp?: { engine: string; results: unknown[] };
  profile?: { platform: string; handle: string; followers?: number | null };
}

/** The fixture's address (its first-line comment) and golden output. */
function fixture(name: string): { file: string; url: string; expected: Expected } {
  const file = path.join(ADAPTER_FIXTURES, `${name}.html`);
  const url = /^<!--\s*url:\s*(\S+)\s*-->/.exec(readFileSync(file, 'utf8'))![1];
  const expected = JSON.parse(readFileSync(path.join(ADAPTER_FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
  return { file, url, expected };
}

let proxy: SiteProxy;
let session: ExtensionSession;

beforeAll(async () => {
  proxy = await startProxy();
  session = await launchExtension({ proxy });
});

afterAll(async () => {
  await session?.close();
  await proxy?.close();
});

/** Serves `file` at `url` through the proxy, clips it and returns the stored observation. */
async function clipAt(url: string, file: string): Promise<Observation> {
  const u = new URL(url);
  proxy.route(u.hostname + decodeURIComponent(u.pathname), file);
  const id = await clipUrl(session, url);
  const rows = await readTable<{ id: number; observation: Observation }>(session.panel, 'observations');
  return rows.find((r) => r.id === id)!.observation;
}

describe('HSTS-preloaded sites reach their adapters in the browser', () => {
  it.each(['google/desktop-th', 'google/mobile-en', 'facebook/page-signed-in-ar', 'instagram/profile-signed-in-th'])(
    '%s reads as its golden output says',
    async (name) => {
      const { file, url, expected } = fixture(name);
      const obs = await clipAt(url, file);
      expect(proxy.requests).toContain(new URL(url).href);
      expect(obs.kind).toBe(expected.kind);
      if (expected.ads) expect(obs.ads.map((a) => [a.advertiser, a.landingUrl])).toEqual(expected.ads.map((a) => [a.advertiser, a.landingUrl]));
      if (expected.serp) expect(obs.serp?.results.length).toBe(expected.serp.results.length);
      if (expected.profile) {
        expect(obs.profile?.platform).toBe(expected.profile.platform);
        expect(obs.profile?.handle).toBe(expected.profile.handle);
        expect(obs.profile?.followers ?? null).toBe(expected.profile.followers ?? null);
      }
    },
  );

  it('a real saved Google results page reads in the browser as in Node', async () => {
    const cases = JSON.parse(readFileSync(path.join(CORPUS, 'real-serps/cases.json'), 'utf8')) as { path: string; url: string; upstream: { ads: number | null } }[];
    const withAds = cases.find((c) => c.url.startsWith('https://www.google.') && (c.upstream.ads ?? 0) > 0)!;
    const file = path.join(CORPUS, withAds.path);
    const inBrowser = await clipAt(withAds.url, file);
    const inNode = analyze({ html: readFileSync(file, 'utf8'), url: withAds.url });
    expect(inBrowser.kind).toBe('serp');
    expect(inBrowser.kind).toBe(inNode.kind);
    expect(inBrowser.ads.length).toBe(inNode.ads.length);
    expect(inBrowser.serp?.results.length).toBe(inNode.serp?.results.length);
    expect(inBrowser.serp?.results.length).toBeGreaterThan(0);
  });
});
