/**
 * Search adapters on real result pages recorded by five scrapers (2020–2026, Google, Bing, Yahoo,
 * Yandex, Baidu, DuckDuckGo), against what their upstream tests assert: the number of text ads
 * and top ads, the number of organic results ("10", ">= 4", "> 0"). Upstream counts text ads only,
 * so shopping cards are left out of the ad count. Beyond upstream, every page must be read (an
 * adapter recognises it and finds results, or says the engine showed a challenge instead), and every ad must have a headline and a landing URL
 * that is not an engine's redirect. A page holds when all its checks pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { runAdapters } from '../../lib/analyze/adapters/registry';
import { isEngineUrl } from '../../lib/analyze/adapters/redirects';
import type { Ad, SerpResult } from '../../lib/analyze/types';
import type { EvalResult } from './types';

export interface RealSerpCase {
  path: string;
  url: string;
  engine: string;
  upstream: { ads: number | string | null; top_ads?: number | string | null; organic: number | string | null };
}

export interface PageVerdict {
  path: string;
  engine: string;
  failures: string[];
  checks: number;
  ads: number;
  organic: number;
}

/** "10", ">= 4", "> 0" as upstream writes a count; null asserts nothing. */
export function countHolds(expected: number | string | null | undefined, actual: number): boolean | null {
  if (expected === null || expected === undefined) return null;
  const m = /^\s*(>=|>|<=|<|==)?\s*(\d+)\s*$/.exec(String(expected));
  if (!m) return null;
  const n = Number(m[2]);
  switch (m[1]) {
    case '>=':
      return actual >= n;
    case '>':
      return actual > n;
    case '<=':
      return actual <= n;
    case '<':
      return actual < n;
    default:
      return actual === n;
  }
}

const isShopping = (a: Ad) => !!a.position?.startsWith('shopping');

export function judgePage(c: RealSerpCase, adapter: string | null, ads: Ad[], results: SerpResult[], blocked = false): PageVerdict {
  const failures: string[] = [];
  let checks = 0;
  const check = (ok: boolean | null, what: string) => {
    if (ok === null) return;
    checks++;
    if (!ok) failures.push(what);
  };
  const textAds = ads.filter((a) => !isShopping(a));
  check(adapter !== null, 'no adapter read the page');
  // A challenge page has no results to give; saying so is the right reading of it.
  check(results.length > 0 || blocked, 'no organic results');
  check(countHolds(c.upstream.ads, textAds.length), `text ads ${textAds.length}, upstream ${c.upstream.ads}`);
  const top = textAds.filter((a) => a.position?.startsWith('top-')).length;
  check(countHolds(c.upstream.top_ads, top), `top ads ${top}, upstream ${c.upstream.top_ads}`);
  check(countHolds(c.upstream.organic, results.length), `organic ${results.length}, upstream ${c.upstream.organic}`);
  for (const a of ads) {
    check(!!a.headline, `ad ${a.position} without a headline`);
    check(!!a.landingUrl && !isEngineUrl(a.landingUrl), `ad ${a.position} landing ${a.landingUrl ?? 'null'}`);
  }
  return { path: c.path, engine: c.engine, failures, checks, ads: ads.length, organic: results.length };
}

export function evaluate(corpusDir: string): PageVerdict[] {
  const file = path.join(corpusDir, 'real-serps/cases.json');
  if (!existsSync(file)) return [];
  const cases = JSON.parse(readFileSync(file, 'utf8')) as RealSerpCase[];
  return cases.map((c) => {
    const html = readFileSync(path.join(corpusDir, c.path), 'utf8');
    const r = runAdapters(parsePage(html, c.url), { html, url: c.url });
    return judgePage(c, r?.adapter ?? null, r?.ads ?? [], r?.serp?.results ?? [], !!r?.serp?.blocked);
  });
}

export function run(corpusDir: string): EvalResult[] {
  const pages = evaluate(corpusDir);
  const engines = [...new Set(pages.map((p) => p.engine))].sort();
  const row = (name: string, list: PageVerdict[]): EvalResult => {
    const held = list.filter((p) => !p.failures.length);
    const misses = list.filter((p) => p.failures.length).map((p) => `${path.basename(p.path, '.html')}: ${p.failures.slice(0, 3).join(', ')}`);
    return {
      name,
      n: list.length,
      accuracy: list.length ? held.length / list.length : 1,
      note: `${held.length} of ${list.length} hold (${list.reduce((s, p) => s + p.checks, 0)} checks)${misses.length ? `; ${misses.join(' | ')}` : ''}`,
    };
  };
  return [{ ...row('real search pages (real-serps): pages that hold', pages), target: 1, targetMetric: 'accuracy' }, ...engines.map((e) => row(`real-serps ${e}`, pages.filter((p) => p.engine === e)))];
}
