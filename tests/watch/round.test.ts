import { describe, expect, it } from 'vitest';
import type { CaptureInput, Observation } from '../../lib/analyze/types';
import { checkPage, FetchFailure, type CheckResult } from '../../lib/watch/check';
import { runRound, type RoundItem } from '../../lib/watch/round';
import type { FetchedPage } from '../../lib/watch/response';
import { pageObservation } from '../store/observations';

/** A fake page whose "analysis" is its price, read from the body. */
const html = (price: number) => `<html><head><title>Silk scarf</title></head><body>${'<p>silk</p>'.repeat(40)}<b>${price}</b></body></html>`;
const analyze = (input: CaptureInput): Observation => {
  const price = Number(/<b>(\d+)<\/b>/.exec(input.html)?.[1]);
  return pageObservation({ url: input.url, offers: [{ price, currency: 'THB', evidence: [] }] });
};
const ok = (url: string, body: string): FetchedPage => ({ url, finalUrl: url, status: 200, contentType: 'text/html', html: body });
const deps = (fetchPage: (url: string) => Promise<FetchedPage>) => ({ fetchPage, analyze, now: () => 0 });

describe('checkPage', () => {
  const target = { id: 1, url: 'https://a.test/p', baseline: analyze({ html: html(1290), url: 'https://a.test/p' }), clip: null };

  it('takes the first fetch as the baseline', async () => {
    const r = await checkPage({ ...target, baseline: null }, deps(async (u) => ok(u, html(1290))));
    expect(r).toMatchObject({ outcome: 'baseline', needsRendered: false });
  });

  it('confirms a change with a second fetch', async () => {
    let n = 0;
    const r = await checkPage(target, deps(async (u) => (n++, ok(u, html(990)))));
    expect(n).toBe(2);
    expect(r).toMatchObject({ outcome: 'changed', changes: [{ field: 'price', before: 1290, after: 990 }] });
  });

  it('drops a change the second fetch does not show (an A/B variant, a CDN blip)', async () => {
    const answers = [html(990), html(1290)];
    expect(await checkPage(target, deps(async (u) => ok(u, answers.shift()!)))).toEqual({ outcome: 'unconfirmed' });
  });

  it('one fetch, nothing new: unchanged', async () => {
    let n = 0;
    expect(await checkPage(target, deps(async (u) => (n++, ok(u, html(1290)))))).toEqual({ outcome: 'unchanged' });
    expect(n).toBe(1);
  });

  it('an error page or no answer is a failed check, not a change', async () => {
    expect(await checkPage(target, deps(async (u) => ({ ...ok(u, html(990)), status: 500 })))).toEqual({ outcome: 'failed', reason: 'server-error' });
    expect(await checkPage(target, deps(async () => Promise.reject(new FetchFailure('timeout'))))).toEqual({ outcome: 'failed', reason: 'timeout' });
    expect(await checkPage(target, deps(async () => Promise.reject(new TypeError('fetch failed'))))).toEqual({ outcome: 'failed', reason: 'network' });
  });

  it('marks a page whose fetch lacks most of what the rendered clip saw', async () => {
    const clip = pageObservation();
    const shell = (input: CaptureInput) => pageObservation({ url: input.url, offers: [], technologies: [], socialProfiles: [], emailCapture: { present: false, evidence: [] }, messaging: { headline: null, hero: null, ctas: [], valueProps: [] }, structuredData: { types: [], jsonld: [], microdata: [], rdfa: [] } });
    const r = await checkPage({ ...target, baseline: null, clip }, { fetchPage: async (u) => ok(u, html(1)), analyze: shell, now: () => 0 });
    expect(r).toMatchObject({ outcome: 'baseline', needsRendered: true });
  });
});

describe('runRound', () => {
  const items: RoundItem[] = [
    ...[1, 2, 3].map((i) => ({ id: i, url: `https://a.test/p${i}`, origin: 'https://a.test' })),
    ...[4, 5].map((i) => ({ id: i, url: `https://b.test/p${i}`, origin: 'https://b.test' })),
  ];
  const baseline = analyze({ html: html(1290), url: 'x' });
  const load = async (item: RoundItem) => ({ id: item.id, url: item.url, baseline, clip: null });

  it('never has two requests to one origin in flight, and reports confirmed changes', async () => {
    const inFlight = new Map<string, number>();
    let worst = 0;
    const recorded: [number, CheckResult['outcome']][] = [];
    const summary = await runRound(items, {
      analyze,
      now: () => 0,
      load,
      sleep: async () => undefined,
      record: async (item, r) => void recorded.push([item.id, r.outcome]),
      fetchPage: async (url) => {
        const origin = new URL(url).origin;
        inFlight.set(origin, (inFlight.get(origin) ?? 0) + 1);
        worst = Math.max(worst, inFlight.get(origin)!);
        await new Promise((r) => setTimeout(r, 2));
        inFlight.set(origin, inFlight.get(origin)! - 1);
        return ok(url, html(url.endsWith('p2') ? 990 : 1290));
      },
    });
    expect(worst).toBe(1);
    expect(summary).toMatchObject({ checked: 5, changed: 1, failed: 0 });
    expect(summary.changes).toEqual([{ watchId: 2, url: 'https://a.test/p2', field: 'price', subject: null, before: 1290, after: 990, currency: 'THB' }]);
    expect(recorded.map(([id]) => id).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('backs off an origin that throttles and leaves its other pages for later', async () => {
    const pauses: number[] = [];
    const fetched: string[] = [];
    const summary = await runRound(items, {
      analyze,
      now: () => 0,
      load,
      random: () => 0.5,
      gapMs: 100,
      sleep: async (ms) => void pauses.push(ms),
      record: async () => undefined,
      fetchPage: async (url) => (fetched.push(url), url.includes('a.test') ? { ...ok(url, ''), status: 429 } : ok(url, html(1290))),
    });
    expect(fetched.filter((u) => u.includes('a.test'))).toEqual(['https://a.test/p1', 'https://a.test/p2']);
    expect(summary).toMatchObject({ checked: 5, failed: 3, changed: 0 });
    expect(pauses).toContain(200); // after one 429 the pause doubles
  });
});

describe('checkPage with an analyzer that gives up', () => {
  it('is a failed check, not a change', async () => {
    const target = { id: 1, url: 'https://a.test/p', baseline: pageObservation(), clip: null };
    const r = await checkPage(target, { fetchPage: async (u) => ok(u, html(1)), analyze: async () => Promise.reject(new Error('too slow')), now: () => 0 });
    expect(r).toEqual({ outcome: 'failed', reason: 'too-slow' });
  });
});
