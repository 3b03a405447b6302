/**
 * `npm run bench:watch`: one round of checks over 200 watched pages in Node, as the service
 * worker runs it — fetch (from a local server on 127.0.0.1 serving real corpus pages under their
 * own addresses), analyze, compare, confirm, store (fake-indexeddb) — and the time and memory it
 * took. Three rounds: the first fetch of each page (baselines), a daily round where nothing
 * changed, and a round where a tenth of the pages gained a TikTok pixel (each confirmed with a
 * second fetch). Pages keep their own origins, so the per-origin pause applies as in the browser.
 *   npm run bench:watch -- [--pages 200] [--concurrency 4]
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Dexie from 'dexie';
import { analyze } from '../lib/analyze/analyze';
import { fetchPage } from '../lib/background/watch-fetch';
import { openRaceScoutDb } from '../lib/store/db';
import { addWatch, dueWatches, loadTarget, recordCheck } from '../lib/store/watches';
import { runRound, type RoundSummary } from '../lib/watch/round';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const PIXEL = `<script>!function (w, d, t) {w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.load=function(e){};ttq.load('CBENCH0001');ttq.page();}(window, document, 'ttq');</script>`;

interface Page {
  url: string;
  html: Buffer;
}

function readPages(limit: number): Page[] {
  const corpus = resolve(process.cwd(), '../shared/corpus');
  const lines = readFileSync(join(corpus, 'pages.jsonl'), 'utf8').trim().split('\n');
  const out: Page[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const p = JSON.parse(line) as { path: string; url: string | null; page_type: string };
    if (!p.url || p.page_type.startsWith('serp') || !/^https?:/.test(p.url)) continue;
    const url = new URL(p.url);
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    out.push({ url: url.href, html: readFileSync(join(corpus, p.path)) });
    if (out.length >= limit) break;
  }
  return out;
}

async function main(): Promise<void> {
  const count = arg('pages', 200);
  const concurrency = arg('concurrency', 4);
  const pages = readPages(count);
  if (pages.length < count) console.log(`only ${pages.length} corpus pages have an address; watching those`);
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const changed = new Set(pages.filter((_, i) => i % 10 === 0).map((p) => p.url));
  let phase: 'plain' | 'changed' = 'plain';
  let requests = 0;

  // The watched URL travels in a header; the server stands in for every site.
  const server = createServer((req, res) => {
    requests++;
    const page = byUrl.get(String(req.headers['x-watched-url']));
    if (!page) return void res.writeHead(404).end();
    const body = phase === 'changed' && changed.has(page.url) ? Buffer.from(page.html.toString('latin1').replace(/<\/head>/i, `${PIXEL}</head>`), 'latin1') : page.html;
    res.writeHead(200, { 'content-type': 'text/html' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const local: typeof fetch = (input, init) => fetch(`http://127.0.0.1:${port}/`, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-watched-url': String(input) } });

  const name = 'racescout-bench-watch';
  await Dexie.delete(name);
  const database = openRaceScoutDb(name);
  const t0 = Date.now();
  for (const p of pages) await addWatch(p.url, 'day', new Date(t0), database);
  const origins = new Set((await database.watches.toArray()).map((w) => w.origin)).size;

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const round = async (label: string): Promise<void> => {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const before = requests;
    peakRss = process.memoryUsage().rss;
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    const items = await dueWatches(Date.now(), true, database);
    const summary: RoundSummary = await runRound(items, {
      fetchPage: (url) => fetchPage(url, local),
      analyze,
      now: Date.now,
      concurrency,
      load: (item) => loadTarget(item, database),
      record: async (item, result, at) => void (await recordCheck(item, result, at, Math.random, database)),
    });
    const wall = performance.now() - start;
    const cpu = process.cpuUsage(cpu0);
    const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
    console.log(
      `${label.padEnd(34)} ${summary.checked} checked, ${summary.changed} changed, ${summary.failed} failed, ${requests - before} requests | ` +
        `${(wall / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, ${(wall / Math.max(1, summary.checked)).toFixed(0)} ms/page | ` +
        `heap ${mb(process.memoryUsage().heapUsed)} MB (+${mb(process.memoryUsage().heapUsed - heapBefore)}), peak RSS ${mb(peakRss)} MB`,
    );
  };

  console.log(`bench:watch — ${pages.length} watched pages on ${origins} origins, ${concurrency} origins at a time; ${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)}`);
  await round('first fetch (baselines)');
  await round('daily round, nothing changed');
  phase = 'changed';
  await round(`round with ${changed.size} pages changed`);
  clearInterval(sampler);
  const stored = { watchObservations: await database.watchObservations.count(), watchChecks: await database.watchChecks.count(), watchChanges: await database.watchChanges.count() };
  console.log(`stored: ${JSON.stringify(stored)}`);
  const failing = (await database.watches.toArray()).filter((w) => w.lastReason).map((w) => `${w.url} (${w.lastReason})`);
  if (failing.length) console.log(`failed checks (the page itself, not the bench): ${failing.join(', ')}`);
  database.close();
  await Dexie.delete(name);
  server.close();
}

void main();
