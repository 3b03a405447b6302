/**
 * Whether a page shows an amount anywhere in its visible text. Structured data and meta tags can
 * carry a price the page never shows a shopper: a service's list price left in a theme, a
 * featured product's markup kept after the block was hidden, a template's sample offer. A price
 * nobody can see on the page is not an offer the page makes.
 *
 * Read cheapest first: the price-classed elements, short price-like blocks, then every visible
 * text node's numbers.
 */
import type { PageDoc } from '../../document';
import { parsePrice } from '../../../numbers/price';
import { eachVisibleTextNode } from './visible-text';
import { priceCandidates, scannedCandidates, type PriceHintContext } from './visible';

/** A run of digits with the separators prices use between them ("1 299,00", "1,23,456.50", "19'900"). */
const NUMBER = /\p{Nd}(?:[\p{Nd}.,'’\u00a0\u202f ]*\p{Nd})?/gu;
/** Text nodes read: a long page's numbers are found well before this. */
const MAX_TEXT_NODES = 20_000;

export function shownOnPage(doc: PageDoc, hint: PriceHintContext, amount: number, upTo = amount): boolean {
  const matches = (n: number) => n >= amount - 0.005 && n <= upTo + 0.005;
  if (priceCandidates(doc, hint).some((c) => matches(c.amount))) return true;
  // "$<span>24</span>.<sup>99</sup>": the short block around split digits reads as one price.
  if (scannedCandidates(doc, hint).some((c) => matches(c.amount))) return true;
  return numbersOnPage(doc).some(matches);
}

const NUMBERS = new WeakMap<PageDoc, number[]>();

/** Every number in the page's visible text, read as a price would be; once per page. */
function numbersOnPage(doc: PageDoc): number[] {
  let list = NUMBERS.get(doc);
  if (list) return list;
  const found: number[] = [];
  let read = 0;
  eachVisibleTextNode(doc.root, (data) => {
    for (const m of data.matchAll(NUMBER)) {
      const amount = parsePrice(m[0]).amount;
      if (amount !== null) found.push(amount);
      // "1.299" reads as 1299 or 1.299 depending on the locale: keep both readings.
      const plain = Number(m[0].replace(/[^\d.]/g, ''));
      if (Number.isFinite(plain) && plain !== amount) found.push(plain);
    }
    return ++read < MAX_TEXT_NODES;
  });
  NUMBERS.set(doc, (list = found));
  return list;
}
