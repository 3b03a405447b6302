/**
 * Microdata items (itemscope / itemprop / itemtype / itemref / itemid), read from the walk's
 * lists the way extruct reads them: a `content` attribute wins, then the tag's URL attribute,
 * `value`, `datetime`, then the text. Top-level items are the ones no other item holds.
 */
import type { Element } from 'domhandler';
import type { PageDoc } from '../../document';
import { ancestorWith, itemText, ItemNode, MAX_VALUES_PER_PROPERTY, toItem, tokens, urlValue, type StructuredItem } from './items';

const MAX_ITEMS = 2000;
/** Property assignments; real pages make a few thousand, hostile itemref webs millions. */
const MAX_ASSIGNMENTS = 50_000;
/** Ids one item's itemref may name; real items name a handful. */
const MAX_ITEMREF_IDS = 500;

export function extractMicrodata(doc: PageDoc): StructuredItem[] {
  if (!doc.itemscopes.length) return [];
  const nodes = new Map<Element, ItemNode>();
  for (const el of doc.itemscopes.slice(0, MAX_ITEMS)) nodes.set(el, new ItemNode(tokens(el.attribs.itemtype), el.attribs.itemid?.trim() || undefined));
  const referrers = referrersById(nodes, doc);
  let budget = MAX_ASSIGNMENTS;
  for (const [i, el] of doc.itemprops.entries()) {
    if (budget <= 0) {
      doc.limits.note('microdata.properties', i, doc.itemprops.length - i);
      break;
    }
    const names = tokens(el.attribs.itemprop);
    if (!names.length) continue;
    const owners = ownersOf(el, nodes, referrers);
    if (!owners.length) continue;
    const value = el.attribs.itemscope !== undefined ? nodes.get(el) : propertyValue(el, doc.url);
    if (value === undefined) continue;
    for (const owner of owners) for (const name of names) owner.add(name, value);
    budget -= owners.length * names.length;
  }
  for (const [el, node] of nodes) {
    if (!node.props.size) node.ownValue = propertyValue(el, doc.url);
    doc.limits.note('microdata.values', MAX_VALUES_PER_PROPERTY, node.dropped);
  }
  return [...nodes.values()].filter((n) => !n.nested).map((n) => toItem(n));
}

/** id → the items whose itemref names it. */
function referrersById(nodes: Map<Element, ItemNode>, doc: PageDoc): Map<string, ItemNode[]> {
  const out = new Map<string, ItemNode[]>();
  for (const [el, node] of nodes) {
    const ids = tokens(el.attribs.itemref);
    doc.limits.note('microdata.itemref', MAX_ITEMREF_IDS, ids.length - MAX_ITEMREF_IDS);
    for (const id of ids.slice(0, MAX_ITEMREF_IDS)) {
      const list = out.get(id) ?? [];
      list.push(node);
      out.set(id, list);
    }
  }
  return out;
}

/**
 * The item a property belongs to (its nearest itemscope ancestor), plus any item that pulls
 * it in through itemref: the property itself, an element between it and its scope, or its
 * scope when that scope is not itself a property (extruct's reading), carries a referenced id.
 */
function ownersOf(el: Element, nodes: Map<Element, ItemNode>, referrers: Map<string, ItemNode[]>): ItemNode[] {
  const scope = ancestorWith(el, 'itemscope');
  const owners: ItemNode[] = [];
  const own = scope && nodes.get(scope);
  if (own) owners.push(own);
  if (!referrers.size) return owners;
  let cur: Element | null = el;
  while (cur && cur.type === 'tag') {
    const isScope = cur === scope;
    const id = cur.attribs.id;
    if (id && referrers.has(id) && (!isScope || cur.attribs.itemprop === undefined)) owners.push(...referrers.get(id)!);
    if (isScope) break;
    cur = cur.parent as Element | null;
  }
  return [...new Set(owners)];
}

function propertyValue(el: Element, base: string): string {
  const a = el.attribs;
  if (a.content !== undefined) return a.content.trim();
  const url = urlValue(el, base);
  if (url !== null) return url;
  if ((el.name === 'data' || el.name === 'meter') && a.value !== undefined) return a.value.trim();
  if (el.name === 'time' && a.datetime !== undefined) return a.datetime.trim();
  return itemText(el);
}
