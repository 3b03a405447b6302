/**
 * Every JSON-LD block of a page as one flat list of objects: top-level arrays and `@graph`
 * containers are expanded, so a reader asking "is there a Product?" looks at one list.
 * Parsed once per document (cached), because page meta and structured data both read it.
 */
import type { PageDoc } from '../../document';
import { parseLenientJson } from './lenient-json';

const JSONLD_TYPE = /^\s*application\/ld\+json\s*(;.*)?$/i;
/** A hostile page can hold thousands of blocks; real ones hold a handful. */
const MAX_BLOCKS = 200;
const MAX_OBJECTS = 2000;

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
  let blocks = 0;
  for (const s of doc.scripts) {
    if (!s.type || !JSONLD_TYPE.test(s.type) || s.src) continue;
    if (++blocks > MAX_BLOCKS) break;
    for (const value of parseLenientJson(s.text)) flatten(value, out, undefined);
    if (out.length >= MAX_OBJECTS) break;
  }
  return out.slice(0, MAX_OBJECTS);
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
