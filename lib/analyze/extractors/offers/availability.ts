/**
 * Availability as data: schema.org ItemAvailability values, the short forms product meta tags
 * use (`instock`, `oos`), and the phrases shops print beside the buy button, per language.
 */
import type { Availability } from '../../types';
import { CLASS_ORDER, SERVICE_WORDS, STOCK_PHRASES } from './stock-phrases';

/** schema.org ItemAvailability (last path segment, lower case) and meta-tag forms. */
const SCHEMA_VALUES: Readonly<Record<string, Availability>> = {
  instock: 'in_stock',
  in_stock: 'in_stock',
  'in stock': 'in_stock',
  instoreonly: 'in_stock',
  onlineonly: 'in_stock',
  available: 'in_stock',
  availablefororder: 'in_stock',
  outofstock: 'out_of_stock',
  out_of_stock: 'out_of_stock',
  'out of stock': 'out_of_stock',
  oos: 'out_of_stock',
  soldout: 'out_of_stock',
  'sold out': 'out_of_stock',
  unavailable: 'out_of_stock',
  preorder: 'preorder',
  presale: 'preorder',
  'pre-order': 'preorder',
  backorder: 'backorder',
  'available for order': 'backorder',
  limitedavailability: 'limited',
  discontinued: 'discontinued',
  pending: 'unknown',
};

/** `http://schema.org/InStock`, `https://schema.org/OutOfStock`, `instock`, `OutOfStock`. */
export function availabilityFromValue(v: unknown): Availability | undefined {
  if (typeof v !== 'string' || !v.trim()) return undefined;
  const last = v.trim().replace(/[#/]+$/, '').split(/[/#:]/).pop()!.toLowerCase();
  return SCHEMA_VALUES[last] ?? SCHEMA_VALUES[v.trim().toLowerCase()];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const phrasesOf = (value: Availability) => Object.values(STOCK_PHRASES).flatMap((byClass) => byClass[value] ?? []);
/** One regex per class; a phrase must not sit inside a longer word ("instock" in a class name is fine, "unavailable" is its own phrase). */
const COMPILED = CLASS_ORDER.map((value) => [value, new RegExp(`(?<![\\p{L}])(?:${phrasesOf(value).map(escape).join('|')})(?![\\p{L}])`, 'giu')] as const);
const SERVICE = new RegExp(`(?<![\\p{L}])(?:${SERVICE_WORDS.map(escape).join('|')})(?![\\p{L}])`, 'iu');
/** Characters on each side of a phrase in which a service word makes it about that service. */
const SERVICE_REACH = 30;

/**
 * The first match of `re` in `text` that is about the product's stock: an "unavailable" beside a
 * service ("in-store pick-up is temporarily unavailable") is about that service.
 */
function firstStockMatch(value: Availability, re: RegExp, text: string): number {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (value !== 'out_of_stock') return m.index;
    const around = `${text.slice(Math.max(0, m.index - SERVICE_REACH), m.index)} ${text.slice(m.index + m[0].length, m.index + m[0].length + SERVICE_REACH)}`;
    if (!SERVICE.test(around)) return m.index;
    if (m[0].length === 0) re.lastIndex++;
  }
  return -1;
}

/** Availability stated in visible text, or undefined when the text says nothing about stock. */
export function availabilityFromText(text: string): Availability | undefined {
  if (!text) return undefined;
  let best: { value: Availability; index: number } | null = null;
  for (const [value, re] of COMPILED) {
    const index = firstStockMatch(value, re, text);
    if (index >= 0 && (!best || index < best.index)) best = { value, index };
  }
  return best?.value;
}

const OUT_OF_STOCK_GLOBAL = COMPILED.find(([v]) => v === 'out_of_stock')![1];

/**
 * Availability stated for the product as a whole. "Sold out" written beside several sizes or
 * colours is about those variants, not the product, so a repeated out-of-stock phrase is set
 * aside and the rest of the text decides.
 */
export function statedAvailability(text: string): Availability | undefined {
  const outCount = text.match(OUT_OF_STOCK_GLOBAL)?.length ?? 0;
  if (outCount < 2) return availabilityFromText(text);
  return availabilityFromText(text.replace(OUT_OF_STOCK_GLOBAL, ' '));
}
