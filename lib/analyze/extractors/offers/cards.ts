/**
 * Product cards: the repeated blocks of a grid or list ("li.product-item" × 24), each with its
 * own price. A price inside one is a listed product's, not the page's: a category page, a
 * shop's front page or an article's price table shows many such cards, a product page shows
 * its own price outside them. Cards are siblings of one parent that share a tag and class
 * and each hold a current price; three make a grid. (The rows of one product's price table,
 * "Retail price", "You save", "Your price", hold one current price between them.)
 */
import type { Element } from 'domhandler';
import { parentTag } from '../../document';

const MIN_CARDS = 3;
/** Levels above a price where its card may start (price → amount wrapper → info → card). */
const CARD_LEVELS = 6;

/**
 * The current prices (by element) that sit in a card of a grid; `own` holds the blocks of the page's
 * own product (its h1's ancestors), which are never a card.
 */
export function pricesInCards(prices: readonly Element[], own: ReadonlySet<Element>, linkedOnly = false): Set<Element> {
  const cardsByGroup = new Map<string, Set<Element>>();
  const groupsOf = new Map<Element, string[]>();
  const ids = new Map<Element, number>();
  const idOf = (el: Element) => ids.get(el) ?? (ids.set(el, ids.size), ids.size - 1);
  for (const price of prices) {
    const groups: string[] = [];
    let card: Element | null = price;
    for (let i = 0; i < CARD_LEVELS && card; i++) {
      const parent = parentTag(card);
      if (!parent || own.has(card)) break;
      const group = `${idOf(parent)}|${card.name}|${(card.attribs.class ?? '').trim()}`;
      groups.push(group);
      if (!linkedOnly || linksElsewhere(card)) (cardsByGroup.get(group) ?? cardsByGroup.set(group, new Set()).get(group)!).add(card);
      card = parent;
    }
    groupsOf.set(price, groups);
  }
  const out = new Set<Element>();
  for (const [price, groups] of groupsOf) if (groups.some((g) => (cardsByGroup.get(g)?.size ?? 0) >= MIN_CARDS)) out.add(price);
  return out;
}

/** Elements looked at inside a card for its link: a card is small. */
const MAX_CARD_ELEMENTS = 200;
const LINKED = new WeakMap<Element, boolean>();

/** Whether a card links to a page (its product's): variant rows of one product hold a form or button instead. */
function linksElsewhere(card: Element): boolean {
  let known = LINKED.get(card);
  if (known !== undefined) return known;
  known = false;
  const stack: Element[] = [card];
  for (let seen = 0; stack.length && seen < MAX_CARD_ELEMENTS && !known; seen++) {
    const el = stack.pop()!;
    if (el.name === 'a' && /^(?:https?:|\/|\.|[\w-]+(?:[/.?]|$))/i.test(el.attribs.href ?? '')) known = true;
    for (const c of el.children) if (c.type === 'tag') stack.push(c as Element);
  }
  LINKED.set(card, known);
  return known;
}
