/**
 * The item shape microdata and RDFa are both read into, the same as extruct's:
 * `{ type, properties, id? }`, a property holding one value as a scalar and several as an
 * array, nested items in the same shape. Items are built as a graph first (itemref can point
 * anywhere) and copied out with a cycle guard, so the result is always plain JSON.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { absoluteUrl, boundedData, MIN_NODE_BUDGET, NODES_PER_CHAR } from '../../document';

export interface StructuredItem {
  /** itemtype / typeof as written; one value as a string, several as an array, none as []. */
  type: string | string[];
  properties: Record<string, unknown>;
  /** itemid / resource, when given. */
  id?: string;
  /** An item with no properties carries its element's own value instead (extruct does too). */
  value?: string;
}

export class ItemNode {
  readonly props = new Map<string, unknown[]>();
  nested = false;
  /** Values past MAX_VALUES_PER_PROPERTY, counted. */
  dropped = 0;
  /** The element's own value, kept for an item that turns out to have no properties. */
  ownValue: string | undefined;
  constructor(
    readonly types: string[],
    readonly id: string | undefined,
  ) {}

  add(name: string, value: unknown): void {
    if (value === this) return;
    if (value instanceof ItemNode) value.nested = true;
    const list = this.props.get(name);
    if (list) {
      // Bounded, so the duplicate check stays cheap when an itemref web assigns one name 20,000 times.
      if (list.length >= MAX_VALUES_PER_PROPERTY) this.dropped++;
      else if (!list.includes(value)) list.push(value);
    } else this.props.set(name, [value]);
  }
}

const MAX_NESTING = 16;
/** Values kept per property of one item (a product lists a few images, not thousands). */
export const MAX_VALUES_PER_PROPERTY = 100;

/** Copies an item graph out as plain objects; a cycle or overly deep nesting is cut. */
export function toItem(node: ItemNode, path: ItemNode[] = []): StructuredItem {
  const properties: Record<string, unknown> = {};
  const inner = [...path, node];
  for (const [name, values] of node.props) {
    const out = values.flatMap((v) => (v instanceof ItemNode ? (inner.includes(v) || inner.length > MAX_NESTING ? [] : [toItem(v, inner)]) : [v]));
    if (out.length) properties[name] = out.length === 1 ? out[0] : out;
  }
  const item: StructuredItem = { type: node.types.length === 1 ? node.types[0] : node.types, properties };
  if (node.id) item.id = node.id;
  if (!node.props.size && node.ownValue) item.value = node.ownValue;
  return item;
}

/** The nearest ancestor (not the element itself) carrying an attribute, or null. */
export function ancestorWith(el: Element, attribute: string): Element | null {
  let cur: ParentNode | null = el.parent;
  while (cur && cur.type === 'tag') {
    const e = cur as Element;
    if (e.attribs[attribute] !== undefined) return e;
    cur = e.parent;
  }
  return null;
}

export function tokens(v: string | undefined): string[] {
  return v ? v.trim().split(/\s+/).filter(Boolean) : [];
}

const URL_ATTR_BY_TAG: Readonly<Record<string, string>> = {
  a: 'href',
  area: 'href',
  link: 'href',
  audio: 'src',
  embed: 'src',
  iframe: 'src',
  img: 'src',
  source: 'src',
  track: 'src',
  video: 'src',
  object: 'data',
};

/**
 * A URL-valued attribute for this tag: an absolute URL as written, a relative one resolved
 * against the page (extruct's urljoin does the same, so `http://a.com` stays without a slash).
 */
export function urlValue(el: Element, base: string): string | null {
  const name = URL_ATTR_BY_TAG[el.name];
  if (!name) return null;
  const raw = el.attribs[name]?.trim();
  if (raw === undefined) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return raw;
  return absoluteUrl(raw, base) ?? raw;
}

/** Elements that break a line when rendered: their text must not run into the next word. */
const LINE_BREAKING = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'dd', 'dt', 'hr']);
const SKIPPED_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/** Text of a property element, whitespace folded, with a space where a line would break. */
export function itemText(root: Element, limit = 10_000): string {
  const parts: string[] = [];
  let size = 0;
  const stack: (AnyNode | string)[] = [root];
  let budget = Math.max(MIN_NODE_BUDGET, limit * NODES_PER_CHAR);
  while (stack.length && size < limit && budget-- > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      parts.push(n);
      continue;
    }
    if (n.type === 'text') {
      const t = boundedData((n as unknown as { data: string }).data, limit - size);
      parts.push(t);
      size += t.length;
      continue;
    }
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (el !== root && SKIPPED_TEXT.has(el.name)) continue;
    const breaks = LINE_BREAKING.has(el.name);
    if (breaks) stack.push(' ');
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
    if (breaks) parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
