/**
 * RDFa Lite items (vocab / typeof / property / resource), in the same `{type, properties}`
 * shape as microdata so one reader serves both. Property and type names keep what the page
 * wrote, minus the schema.org vocabulary prefix; types are expanded with `vocab` like extruct.
 */
import type { Element } from 'domhandler';
import type { PageDoc } from '../../document';
import { ancestorWith, itemText, ItemNode, toItem, tokens, urlValue, type StructuredItem } from './items';

const MAX_ITEMS = 2000;
const MAX_PROPERTIES = 20_000;
const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/i;

export function extractRdfa(doc: PageDoc): StructuredItem[] {
  const typed = doc.rdfa.filter((el) => el.attribs.typeof !== undefined).slice(0, MAX_ITEMS);
  if (!typed.length) return [];
  const nodes = new Map<Element, ItemNode>();
  for (const el of typed) nodes.set(el, new ItemNode(expandTypes(el), el.attribs.resource?.trim() || el.attribs.about?.trim() || undefined));
  // <meta property> inside a typed element is RDFa too; the walk filed it with the metas.
  const props = [...doc.rdfa, ...doc.metas].filter((el) => el.attribs.property !== undefined).slice(0, MAX_PROPERTIES);
  for (const el of props) {
    const scope = ancestorWith(el, 'typeof');
    const owner = scope && nodes.get(scope);
    if (!owner) continue;
    const value = el.attribs.typeof !== undefined ? nodes.get(el) : propertyValue(el, doc.url);
    if (value === undefined) continue;
    for (const name of tokens(el.attribs.property)) owner.add(name.replace(SCHEMA_PREFIX, ''), value);
  }
  return [...nodes.values()].filter((n) => !n.nested).map((n) => toItem(n));
}

function expandTypes(el: Element): string[] {
  const vocab = el.attribs.vocab ?? ancestorWith(el, 'vocab')?.attribs.vocab;
  return tokens(el.attribs.typeof).map((t) => (vocab && !/[:/]/.test(t) ? vocab.trim() + t : t));
}

function propertyValue(el: Element, base: string): string {
  const a = el.attribs;
  if (a.content !== undefined) return a.content.trim();
  if (a.resource !== undefined) return a.resource.trim();
  const url = urlValue(el, base);
  if (url !== null) return url;
  if (a.datetime !== undefined) return a.datetime.trim();
  return itemText(el);
}
