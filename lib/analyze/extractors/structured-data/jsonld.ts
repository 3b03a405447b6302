/**
 * Every JSON-LD block of a page as one flat list of objects: top-level arrays and `@graph`
 * containers are expanded, so a reader asking "is there a Product?" looks at one list.
 * Parsed once per document (cached), because page meta and structured data both read it.
 */
import type { PageDoc } from '../../document';
import type { Limits } from '../../limits';
import { parseLenientJson } from './lenient-json';

const JSONLD_TYPE = /^\s*application\/ld\+json\s*(;.*)?$/i;
/** A hostile page can hold thousands of blocks; real ones hold a handful. */
const MAX_BLOCKS = 200;
const MAX_OBJECTS = 2000;
/**
 * What is kept of each parsed value: real JSON-LD nests a few levels (Product → offers →
 * priceSpecification) and holds a few hundred values; a hostile block nests 10,000 deep, which
 * every later recursive reader (and JSON.stringify when the observation is stored) would
 * overflow on. The copy is made without recursion and everything later reads only the copy.
 */
export const JSONLD_CAPS = { depth: 24, nodes: 20_000, keys: 200, items: 500, string: 5_000 } as const;

const cache = new WeakMap<PageDoc, Record<string, unknown>[]>();

/** The page's JSON-LD objects, flat, in document order. */
export function jsonLdOf(doc: PageDoc): Record<string, unknown>[] {
  let list = cache.get(doc);
  if (!list) {
    list = extractJsonLd(doc);
    cache.set(doc, list);
  }
  return list;
}

function extractJsonLd(doc: PageDoc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const budget = { nodes: JSONLD_CAPS.nodes };
  let blocks = 0;
  for (const s of doc.scripts) {
    if (!s.type || !JSONLD_TYPE.test(s.type) || s.src) continue;
    if (++blocks > MAX_BLOCKS) {
      doc.limits.note('jsonld.blocks', MAX_BLOCKS, 1);
      continue;
    }
    if (out.length >= MAX_OBJECTS || budget.nodes <= 0) continue;
    for (const value of parseLenientJson(s.text)) flatten(boundedCopy(value, budget, doc.limits), out, undefined);
  }
  doc.limits.note('jsonld.objects', MAX_OBJECTS, out.length - MAX_OBJECTS);
  return out.slice(0, MAX_OBJECTS);
}

/**
 * A copy of a parsed JSON value within JSONLD_CAPS, made with an explicit stack: deeper
 * values, keys and items past the caps, and text past the string cap are left out and noted.
 */
export function boundedCopy(value: unknown, budget: { nodes: number }, limits: Limits): unknown {
  const cut = { depth: 0, keys: 0, items: 0, strings: 0, nodes: 0 };
  const leaf = (v: unknown): unknown => {
    if (typeof v !== 'string' || v.length <= JSONLD_CAPS.string) return v;
    cut.strings++;
    return v.slice(0, JSONLD_CAPS.string);
  };
  const root = { v: undefined as unknown };
  const stack: { from: unknown; into: Record<string, unknown> | unknown[]; key: string | number; depth: number }[] = [{ from: value, into: root as unknown as Record<string, unknown>, key: 'v', depth: 0 }];
  while (stack.length) {
    const { from, into, key, depth } = stack.pop()!;
    const put = (v: unknown) => {
      if (Array.isArray(into)) into.push(v);
      else into[key] = v;
    };
    if (typeof from !== 'object' || from === null) {
      put(leaf(from));
      continue;
    }
    if (budget.nodes-- <= 0) {
      cut.nodes++;
      continue;
    }
    if (depth >= JSONLD_CAPS.depth) {
      cut.depth++;
      continue;
    }
    if (Array.isArray(from)) {
      const copy: unknown[] = [];
      put(copy);
      if (from.length > JSONLD_CAPS.items) cut.items += from.length - JSONLD_CAPS.items;
      // Pushed in reverse so they are copied, and appended, in order.
      for (let i = Math.min(from.length, JSONLD_CAPS.items) - 1; i >= 0; i--) stack.push({ from: from[i], into: copy, key: i, depth: depth + 1 });
      continue;
    }
    const copy: Record<string, unknown> = {};
    put(copy);
    const keys = Object.keys(from);
    if (keys.length > JSONLD_CAPS.keys) cut.keys += keys.length - JSONLD_CAPS.keys;
    for (let i = Math.min(keys.length, JSONLD_CAPS.keys) - 1; i >= 0; i--) stack.push({ from: (from as Record<string, unknown>)[keys[i]], into: copy, key: keys[i], depth: depth + 1 });
  }
  limits.note('jsonld.depth', JSONLD_CAPS.depth, cut.depth);
  limits.note('jsonld.nodes', JSONLD_CAPS.nodes, cut.nodes);
  limits.note('jsonld.keys', JSONLD_CAPS.keys, cut.keys);
  limits.note('jsonld.items', JSONLD_CAPS.items, cut.items);
  limits.note('jsonld.strings', JSONLD_CAPS.string, cut.strings);
  return root.v;
}

/**
 * Arrays spread, `@graph` nodes become top-level objects (inheriting the container's
 * `@context` when they have none), and the container is kept only if it says more than
 * `@context` and `@graph`.
 */
function flatten(value: unknown, out: Record<string, unknown>[], context: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, context);
    return;
  }
  if (!isObject(value)) return;
  const graph = value['@graph'];
  if (graph === undefined) {
    out.push(context !== undefined && value['@context'] === undefined ? { '@context': context, ...value } : value);
    return;
  }
  const { '@graph': _graph, ...rest } = value;
  const ownContext = value['@context'] ?? context;
  if (Object.keys(rest).some((k) => k !== '@context')) out.push(rest);
  flatten(graph, out, ownContext);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
