/**
 * Structured data against extruct's expected outputs (the sibling `.json` / `.jsonld` of each
 * sample): JSON-LD objects and microdata items matched per sample after normalisation (values
 * as lists, whitespace folded, relative URLs compared relative), and the schema.org types
 * found per syntax, RDFa included (its expected output is expanded JSON-LD, so only types).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { extractStructuredData } from '../../lib/analyze/extractors/structured-data';
import { collectTypes, shortType } from '../../lib/analyze/extractors/structured-data/types';
import { prf, type EvalResult } from './types';

/** Relative URLs in the samples resolve against this; stripping it again compares them as written. */
const BASE = 'http://sample.invalid/';
/** Variant expectations for extruct options we do not emulate (flattened, with text, custom url). */
const VARIANT = /_flat|withtext|custom_url|node_id/;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  n: number;
  misses: string[];
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, n: 0, misses: [] });

export function run(corpusDir: string): EvalResult[] {
  const root = join(corpusDir, 'extruct', 'tests', 'samples');
  const rows = { jsonld: tally(), microdata: tally(), types: tally(), rdfaTypes: tally() };
  for (const dir of readdirSync(root)) {
    for (const name of readdirSync(join(root, dir))) {
      if (!name.endsWith('.html')) continue;
      const stem = join(root, dir, name.replace(/\.html$/, ''));
      const expected = expectedFor(stem, dir);
      if (!expected) continue;
      const sd = extractStructuredData(parsePage(readFileSync(`${stem}.html`, 'utf8'), BASE));
      const label = `${dir}/${basename(stem)}`;
      if (expected.jsonld) compareItems(rows.jsonld, label, flattenJsonLd(expected.jsonld).map(normJsonLd), sd.jsonld.map(normJsonLd));
      if (expected.microdata) {
        compareItems(rows.microdata, label, expected.microdata.map(normItem), sd.microdata.map(normItem));
        compareSets(rows.types, label, collectTypes([expected.jsonld ?? [], expected.microdata]), collectTypes([sd.jsonld, sd.microdata]));
      }
      if (expected.rdfaTypes) compareSets(rows.rdfaTypes, label, expected.rdfaTypes, collectTypes([sd.rdfa]));
    }
  }
  const row = (name: string, t: Tally): EvalResult => ({ name, n: t.n, ...prf(t.tp, t.fp, t.fn), note: t.misses.join(' | ') });
  return [
    { ...row('structured data: JSON-LD objects (extruct)', rows.jsonld), target: 0.95, targetMetric: 'f1' },
    { ...row('structured data: microdata items (extruct)', rows.microdata), target: 0.85, targetMetric: 'f1' },
    { ...row('structured data: schema.org types (extruct)', rows.types), target: 0.95, targetMetric: 'f1' },
    row('structured data: RDFa types (extruct)', rows.rdfaTypes),
  ];
}

interface Expected {
  jsonld?: unknown[];
  microdata?: unknown[];
  rdfaTypes?: string[];
}

function expectedFor(stem: string, dir: string): Expected | null {
  if (VARIANT.test(stem)) return null;
  const out: Expected = {};
  if (existsSync(`${stem}.jsonld`)) out.jsonld = unwrapItems(JSON.parse(readFileSync(`${stem}.jsonld`, 'utf8')));
  if (existsSync(`${stem}.expanded.json`)) out.rdfaTypes = collectTypes([JSON.parse(readFileSync(`${stem}.expanded.json`, 'utf8'))]);
  if (existsSync(`${stem}.json`) && dir !== 'misc') {
    const data = JSON.parse(readFileSync(`${stem}.json`, 'utf8')) as unknown;
    if (Array.isArray(data)) out.microdata = data;
    else if (data && typeof data === 'object') {
      const d = data as Record<string, unknown[]>;
      out.microdata = d.microdata ?? [];
      out.jsonld ??= d['json-ld'] ?? [];
    }
  }
  return Object.keys(out).length ? out : null;
}

/** Older extruct expectations wrap the blocks as `{ "items": [...] }`. */
function unwrapItems(data: unknown): unknown[] {
  const o = data as Record<string, unknown>;
  return o && !Array.isArray(o) && typeof o === 'object' && Object.keys(o).length === 1 && Array.isArray(o.items) ? o.items : [data].flat();
}

/** The same expansion our extractor applies: arrays spread, `@graph` nodes lifted. */
function flattenJsonLd(list: unknown[]): unknown[] {
  return list.flatMap((v) => {
    if (Array.isArray(v)) return flattenJsonLd(v);
    if (!v || typeof v !== 'object') return [];
    const o = v as Record<string, unknown>;
    if (!('@graph' in o)) return [o];
    const { '@graph': graph, ...rest } = o;
    const own = Object.keys(rest).some((k) => k !== '@context') ? [rest] : [];
    return [...own, ...flattenJsonLd([graph].flat())];
  });
}

function normJsonLd(v: unknown): string {
  return stable(v, (s) => s.trim());
}

/** extruct's legacy and current shapes alike: values as lists, types as sorted lists. */
function normItem(item: unknown): string {
  return stable(canonItem(item), (s) => s.replace(/\s+/g, ' ').trim().replace(BASE, '').replace(/^\.?\//, ''));
}

function canonItem(item: unknown): unknown {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
  const o = item as Record<string, unknown>;
  if (!o.properties && o.value === undefined) return item;
  const props: Record<string, unknown[]> = {};
  for (const [k, v] of Object.entries((o.properties ?? {}) as Record<string, unknown>)) props[k] = [v].flat().map(canonItem);
  const types = [o.type ?? []].flat().map(String).sort();
  return { type: types, properties: props, ...(o.id ? { id: o.id } : {}), ...(o.value !== undefined ? { value: o.value } : {}) };
}

function stable(v: unknown, str: (s: string) => string): string {
  if (typeof v === 'string') return JSON.stringify(str(v));
  if (Array.isArray(v)) return `[${v.map((x) => stable(x, str)).sort().join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stable(x, str)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Multiset match of normalised items. */
function compareItems(t: Tally, label: string, want: string[], got: string[]): void {
  const left = [...got];
  for (const w of want) {
    t.n++;
    const i = left.indexOf(w);
    if (i >= 0) {
      t.tp++;
      left.splice(i, 1);
    } else {
      t.fn++;
      if (t.misses.length < Number(process.env.EVAL_MISSES ?? 3)) t.misses.push(`${label}: missing ${w.slice(0, 300)}`);
    }
  }
  t.fp += left.length;
  for (const g of left) if (t.misses.length < Number(process.env.EVAL_MISSES ?? 3)) t.misses.push(`${label}: extra ${g.slice(0, 300)}`);
}

function compareSets(t: Tally, label: string, want: string[], got: string[]): void {
  const w = new Set(want.map(shortType));
  const g = new Set(got.map(shortType));
  for (const x of w) {
    t.n++;
    if (g.has(x)) t.tp++;
    else {
      t.fn++;
      t.misses.push(`${label}: type ${x} missing`);
    }
  }
  for (const x of g) {
    if (w.has(x)) continue;
    t.fp++;
    t.misses.push(`${label}: type ${x} extra`);
  }
}
