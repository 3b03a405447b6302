/**
 * `npm run bench`: the analyzer's time per page over the corpus (pages.jsonl) against a bare
 * `cheerio.load` of the same HTML (default options, parse5), the bar issue 3 sets: the whole
 * analysis must take less time than that bare parse. Also a synthetic 5 MB page (target
 * under 250 ms). Each page is run alternately, after a warm-up, so JIT and GC fall on both.
 *   npm run bench [-- --rounds 3] [-- --limit 100] [-- --steps]
 * `--steps` then prints the time per analyzer step (bench-steps.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { load } from 'cheerio';
import { analyze } from '../lib/analyze/analyze';
import { stepTimes } from './bench-steps';

interface Page {
  path: string;
  url: string;
  html: string;
}

const FIVE_MB = 5 * 1024 * 1024;

function main(): void {
  const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { rounds: { type: 'string', default: '3' }, limit: { type: 'string' }, steps: { type: 'boolean', default: false } } });
  const rounds = Math.max(1, Number(values.rounds));
  const corpusDir = resolve(process.cwd(), '../shared/corpus');
  const pages = readPages(corpusDir, values.limit ? Number(values.limit) : Infinity);
  const bytes = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0);
  for (const p of pages.slice(0, 20)) {
    analyze({ html: p.html, url: p.url });
    load(p.html);
  }

  const ours: number[] = [];
  const bare: number[] = [];
  for (const p of pages) {
    let a = Infinity;
    let b = Infinity;
    for (let r = 0; r < rounds; r++) {
      a = Math.min(a, time(() => analyze({ html: p.html, url: p.url })));
      b = Math.min(b, time(() => load(p.html)));
    }
    ours.push(a);
    bare.push(b);
  }
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const ratios = ours.map((x, i) => x / bare[i]);
  const worst = ours.indexOf(Math.max(...ours));
  const big = syntheticPage(pages);
  const bigMs = Math.min(time(() => analyze({ html: big, url: 'https://shop.example.com/big' })), time(() => analyze({ html: big, url: 'https://shop.example.com/big' })));

  const rows = [
    ['', 'median ms', 'p95 ms', 'max ms', 'total ms', 'MB/s'],
    ['analyze()', ...stats(ours, bytes)],
    ['cheerio.load', ...stats(bare, bytes)],
  ];
  console.log(`${pages.length} pages, ${(bytes / 1e6).toFixed(1)} MB, best of ${rounds} runs each\n`);
  console.log(rows.map((r) => r.map((c, i) => (i ? c.padStart(10) : c.padEnd(13))).join('')).join('\n'));
  console.log(`\nratio analyze / cheerio.load: total ${(sum(ours) / sum(bare)).toFixed(2)}, median per page ${quantile(ratios, 0.5).toFixed(2)}, p95 per page ${quantile(ratios, 0.95).toFixed(2)}  (target < 1, aim 0.5)`);
  console.log(`slowest page: ${pages[worst].path} ${ours[worst].toFixed(1)} ms (${(Buffer.byteLength(pages[worst].html) / 1e6).toFixed(2)} MB)`);
  console.log(`synthetic ${(Buffer.byteLength(big) / 1e6).toFixed(1)} MB page: ${bigMs.toFixed(0)} ms  (target < 250 ms) ${bigMs < 250 ? 'OK' : 'SLOW'}`);
  if (values.steps) {
    console.log(`\nper step, best of ${rounds} each, total ms (cheerio.load total ${sum(bare).toFixed(0)}):`);
    for (const [name, ms] of stepTimes(pages, rounds)) console.log(`  ${name.padEnd(16)}${ms.toFixed(0).padStart(7)}`);
  }
}

function readPages(corpusDir: string, limit: number): Page[] {
  const out: Page[] = [];
  for (const line of readFileSync(join(corpusDir, 'pages.jsonl'), 'utf8').split('\n')) {
    if (!line.trim() || out.length >= limit) continue;
    const { path, url: given } = JSON.parse(line) as { path: string; url: string | null };
    // A few corpus pages have no known address; the analyzer needs one to resolve links.
    const url = given ?? 'https://unknown.example/';
    try {
      out.push({ path, url, html: readFileSync(join(corpusDir, path), 'utf8') });
    } catch {
      // listed but absent: measured pages are the ones on disk
    }
  }
  return out;
}

/** The largest real pages concatenated and cut at 5 MB: a big page with real markup and scripts. */
function syntheticPage(pages: Page[]): string {
  const bodies = [...pages].sort((a, b) => b.html.length - a.html.length).map((p) => p.html);
  let html = '';
  for (let i = 0; Buffer.byteLength(html) < FIVE_MB; i++) html += bodies[i % bodies.length];
  return Buffer.from(html).subarray(0, FIVE_MB).toString('utf8');
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function stats(ms: number[], bytes: number): string[] {
  const total = ms.reduce((s, x) => s + x, 0);
  return [quantile(ms, 0.5), quantile(ms, 0.95), Math.max(...ms), total].map((x) => x.toFixed(1)).concat((bytes / 1e6 / (total / 1000)).toFixed(1));
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

main();
