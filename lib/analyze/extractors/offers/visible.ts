/**
 * The offer a shopper sees: the product's price read from visible text, when the page has no
 * structured data or product meta tags. Candidates are the walk's price-classed elements
 * (doc.priceNodes); the main price is the first one after the product title that is not an old
 * price and not in a cart, menu or "related products" block. Old prices come from struck text
 * and old-price classes next to it.
 */
import type { Element } from 'domhandler';
import { compareDocumentPosition } from 'domutils';
import { locate, textOf, type PageDoc } from '../../document';
import { readPrice } from '../../../numbers/price';
import type { Availability, Offer } from '../../types';
import { availabilityFromText } from './availability';
import { roundPercent } from './discount';

export interface PriceHintContext {
  currency: string | null;
  lang: string | null;
}

export interface PriceCandidate {
  el: Element;
  text: string;
  amount: number;
  currency: string | null;
  old: boolean;
}

/** Blocks whose prices are not the product's own: carts, menus, carousels of other products. */
const ELSEWHERE_TAGS = new Set(['header', 'nav', 'footer', 'aside', 'option', 'select', 'script', 'noscript', 'template']);
const ELSEWHERE_CLASS = /mini-?cart|cart-?(?:summary|total|drawer|popup|dropdown|preview|items?|content|count|block)|shopping-?cart|top-?cart|header-?cart|basket|minibag|related|upsell|up-sell|cross-?sell|recommend|recent|similar|also-?(?:bought|viewed|like)|carousel|slider|sidebar|shipping|newsletter|footer|menu|wishlist/i;
/** Classes of an old (list, regular, crossed-out) price. */
const OLD_CLASS = /\bold|was[-_]?price|price[-_]?was|regular|compare|list[-_]?price|strike|original|before|msrp|rrp|uvp|retail|crossed|preis[-_]?alt|prix[-_]?barre|normal[-_]?price|reduced[-_]?from/i;
const MAX_PRICE_TEXT = 80;
const MAX_ANCESTOR_LEVELS = 8;
const PRODUCT_BLOCK_TEXT = 2_500;
const BLOCK_LEVELS = 6;

/** Visible price candidates in document order (leaves preferred over the boxes around them). */
export function priceCandidates(doc: PageDoc, hint: PriceHintContext): PriceCandidate[] {
  const struck = new Set(doc.struck);
  const out: PriceCandidate[] = [];
  const nodes = [...doc.priceNodes, ...doc.struck];
  const seen = new Set<Element>();
  for (const el of nodes) {
    if (seen.has(el)) continue;
    seen.add(el);
    const text = textOf(el, 400);
    if (!text || text.length > MAX_PRICE_TEXT || isElsewhere(el)) continue;
    const r = readPrice(text, hint);
    if (r.amount === null || r.amount <= 0 || !r.currency) continue;
    const old = struck.has(el) || hasStruckAncestor(el, struck) || OLD_CLASS.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`) || hasOldAncestor(el);
    out.push({ el, text, amount: r.amount, currency: r.currency, old });
  }
  const sorted = out.sort((a, b) => (a.el === b.el ? 0 : compareDocumentPosition(a.el, b.el) & 4 ? -1 : 1));
  return sorted.filter((c) => !sorted.some((d) => d !== c && contains(c.el, d.el) && d.old === c.old));
}

/**
 * The main visible offer, or none. `firstHeading` anchors "the product": prices before the
 * product title are usually the header's cart total or a promo bar.
 */
export function visibleOffer(doc: PageDoc, hint: PriceHintContext, firstHeading: Element | null): Offer | null {
  const candidates = priceCandidates(doc, hint);
  const current = candidates.filter((c) => !c.old);
  const afterTitle = firstHeading ? current.filter((c) => compareDocumentPosition(firstHeading, c.el) & 4) : current;
  const main = afterTitle[0] ?? current[0];
  if (!main) return null;
  const offer: Offer = {
    price: main.amount,
    currency: main.currency,
    evidence: [{ source: 'text', value: main.text, selector: locate(main.el) }],
  };
  const regular = nearestOldPrice(candidates, main);
  if (regular) {
    offer.regularPrice = regular.amount;
    offer.discountPercent = roundPercent(main.amount, regular.amount);
    offer.evidence.push({ source: 'text', value: regular.text, selector: locate(regular.el) });
  }
  return offer;
}

/** An old price in the same small block as the main price, higher than it. */
function nearestOldPrice(candidates: PriceCandidate[], main: PriceCandidate): PriceCandidate | null {
  const block = ancestor(main.el, 3);
  return candidates.find((c) => c.old && c.amount > main.amount && c.currency === main.currency && block !== null && contains(block, c.el)) ?? null;
}

/** Stock stated in the product block around the main price (a few levels up, bounded text). */
export function availabilityNear(el: Element): Availability | undefined {
  let best: Availability | undefined;
  let cur: Element | null = el;
  for (let i = 0; i < BLOCK_LEVELS && cur; i++) {
    const text = textOf(cur, PRODUCT_BLOCK_TEXT + 1);
    if (text.length > PRODUCT_BLOCK_TEXT) break;
    best = availabilityFromText(text) ?? best;
    if (best) return best;
    cur = parentTag(cur);
  }
  return best;
}

function isElsewhere(el: Element): boolean {
  let cur: Element | null = el;
  for (let i = 0; i < MAX_ANCESTOR_LEVELS && cur; i++) {
    if (ELSEWHERE_TAGS.has(cur.name)) return true;
    if (i > 0 && ELSEWHERE_CLASS.test(`${cur.attribs.class ?? ''} ${cur.attribs.id ?? ''}`)) return true;
    cur = parentTag(cur);
  }
  return false;
}

function hasStruckAncestor(el: Element, struck: Set<Element>): boolean {
  for (let cur = parentTag(el), i = 0; cur && i < 3; cur = parentTag(cur), i++) if (struck.has(cur)) return true;
  return false;
}

function hasOldAncestor(el: Element): boolean {
  for (let cur = parentTag(el), i = 0; cur && i < 2; cur = parentTag(cur), i++) if (OLD_CLASS.test(`${cur.attribs.class ?? ''} ${cur.attribs.id ?? ''}`)) return true;
  return false;
}

function parentTag(el: Element): Element | null {
  const p = el.parent;
  return p && p.type === 'tag' ? (p as Element) : null;
}

function ancestor(el: Element, levels: number): Element | null {
  let cur: Element | null = el;
  for (let i = 0; i < levels && cur; i++) cur = parentTag(cur) ?? cur;
  return cur;
}

function contains(outer: Element, inner: Element): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true;
  return false;
}
