/**
 * Page metadata against two peers' expectations: recipe-scrapers' sibling `.json` (title,
 * description, language, canonical URL, image, site name) and metascraper's AVA snapshot
 * reports (JS object literals as text). Values are compared normalised (whitespace, case,
 * URL scheme and trailing slash; language by its primary subtag for metascraper, which
 * reduces it so). One row per field per source: precision over what we returned, recall over
 * what was expected, accuracy over the expected.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { extractPageMeta } from '../../lib/analyze/extractors/page-meta';
import type { PageMeta } from '../../lib/analyze/types';
import { prf, type EvalResult } from './types';

type Field = 'title' | 'description' | 'lang' | 'canonical' | 'image' | 'siteName';
type Expected = Partial<Record<Field, string | null>>;
interface Case {
  file: string;
  url: string;
  expected: Expected;
}

const RECIPE_FIELDS: Readonly<Record<string, Field>> = { title: 'title', description: 'description', language: 'lang', canonical_url: 'canonical', image: 'image', site_name: 'siteName' };
const SNAPSHOT_FIELDS: Readonly<Record<string, Field>> = { title: 'title', description: 'description', lang: 'lang', url: 'canonical', image: 'image', publisher: 'siteName' };
const URL_FIELDS = new Set<Field>(['canonical', 'image']);

export function run(corpusDir: string): EvalResult[] {
  return [...score('recipe-scrapers', recipeCases(corpusDir), false), ...score('metascraper', metascraperCases(corpusDir), true)];
}

function score(source: string, cases: Case[], primaryLang: boolean): EvalResult[] {
  const fields = [...new Set(cases.flatMap((c) => Object.keys(c.expected)))] as Field[];
  const tally = new Map(fields.map((f) => [f, { tp: 0, fp: 0, fn: 0, n: 0, misses: [] as string[] }]));
  for (const c of cases) {
    const meta = extractPageMeta(parsePage(readFileSync(c.file, 'utf8'), c.url));
    for (const f of fields) {
      if (!(f in c.expected)) continue;
      const t = tally.get(f)!;
      const want = norm(f, c.expected[f] ?? null, primaryLang);
      const got = norm(f, meta[f as keyof PageMeta] as string | null, primaryLang);
      if (want) t.n++;
      if (got && want && got === want) t.tp++;
      else {
        if (got) t.fp++;
        if (want) t.fn++;
        if (want && t.misses.length < Number(process.env.EVAL_MISSES ?? 5)) t.misses.push(`${c.file.split('/').slice(-3).join('/')}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
    }
  }
  return fields.map((f) => {
    const t = tally.get(f)!;
    const caveat = source === 'recipe-scrapers' && (f === 'title' || f === 'description') ? 'expected is the recipe’s own name/description (JSON-LD Recipe), not the page’s; ' : '';
    return { name: `metadata ${f} (${source})`, n: t.n, ...prf(t.tp, t.fp, t.fn), accuracy: t.n ? t.tp / t.n : 1, note: caveat + t.misses.join(' | ') };
  });
}

function norm(f: Field, v: string | null | undefined, primaryLang: boolean): string | null {
  if (!v) return null;
  // Typography and escaping differ between peers for the same text: compare the text.
  let s = v.normalize('NFC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\.\.\./g, '…').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim().toLowerCase();
  if (URL_FIELDS.has(f)) s = safeDecode(s).normalize('NFC').replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '').replace(/&amp;/g, '&');
  if (f === 'lang') s = primaryLang ? s.split(/[-_]/)[0] : s.replace(/_/g, '-');
  return s || null;
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** recipe-scrapers: one page and its `.json` per domain folder. */
function recipeCases(corpusDir: string): Case[] {
  const dir = join(corpusDir, 'recipe-scrapers-subset', 'test_data');
  const urls = pageUrls(corpusDir);
  const out: Case[] = [];
  for (const domain of readdirSync(dir)) {
    for (const name of readdirSync(join(dir, domain))) {
      if (!name.endsWith('.testhtml')) continue;
      const file = join(dir, domain, name);
      const json = file.replace(/\.testhtml$/, '.json');
      if (!existsSync(json)) continue;
      const data = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>;
      const expected: Expected = {};
      for (const [k, f] of Object.entries(RECIPE_FIELDS)) if (typeof data[k] === 'string') expected[f] = data[k] as string;
      const rel = `recipe-scrapers-subset/test_data/${domain}/${name}`;
      out.push({ file, url: urls.get(rel) ?? (data.canonical_url as string) ?? `https://${domain}/`, expected });
    }
  }
  return out;
}

function pageUrls(corpusDir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(join(corpusDir, 'pages.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = JSON.parse(line) as { path: string; url: string };
    map.set(p.path, p.url);
  }
  return map;
}

interface MetascraperCase {
  test: string;
  url: string;
  fixtures: string[];
  snapshot: boolean;
  snapshot_md: string | null;
}

/**
 * metascraper's own site plugins (amazon, instagram, youtube...) write site-specific answers;
 * the generic rule set is what compares with ours: the core package's integration pages and
 * the generic field packages.
 */
const GENERIC_TESTS = /^packages\/metascraper(-lang|-logo-favicon|-manifest)?\/test\//;

/** metascraper: tests with one fixture page and a snapshot section named after the test. */
function metascraperCases(corpusDir: string): Case[] {
  const dir = join(corpusDir, 'metascraper');
  const out: Case[] = [];
  for (const line of readFileSync(join(dir, 'cases.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as MetascraperCase;
    if (!c.snapshot || !c.snapshot_md || c.fixtures.length !== 1 || !GENERIC_TESTS.test(c.snapshot_md)) continue;
    const file = join(dir, c.fixtures[0]);
    const md = join(dir, c.snapshot_md);
    if (!existsSync(file) || !existsSync(md)) continue;
    const snap = snapshotSection(readFileSync(md, 'utf8'), c.test);
    if (!snap) continue;
    const expected: Expected = {};
    for (const [k, f] of Object.entries(SNAPSHOT_FIELDS)) if (k in snap) expected[f] = snap[k];
    out.push({ file, url: c.url, expected });
  }
  return out;
}

/** The first snapshot object under `## <test>`, its fields read from the JS object literal text. */
export function snapshotSection(md: string, test: string): Record<string, string | null> | null {
  const start = md.indexOf(`\n## ${test}\n`);
  if (start < 0) return null;
  const next = md.indexOf('\n## ', start + 4);
  const body = md.slice(start, next < 0 ? md.length : next);
  return parseObjectLiteral(body);
}

/** Reads `key: 'text'`, `key: "text"`, `key: \`multi-line\``, `key: null` lines of an AVA snapshot. */
export function parseObjectLiteral(text: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  const re = /^ {6}(\w+): (?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`|(null|[\d.]+|true|false)),?$/gms;
  for (const m of text.matchAll(re)) {
    if (m[1] in out) continue;
    const raw = m[2] ?? m[3] ?? m[4];
    out[m[1]] = raw === undefined ? (m[5] === 'null' ? null : m[5]) : unescape(raw.replace(/␊\n\s*/g, '\n'));
  }
  return out;
}

function unescape(s: string): string {
  return s.replace(/\\(['"`\\])/g, '$1').replace(/\\n/g, '\n');
}
