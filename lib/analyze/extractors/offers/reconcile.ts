/**
 * Structured data is not always the selling price: microdata holding the price before discount,
 * an auction's starting bid, a list price beside the online price. The offer read from
 * structured data (or meta tags) is checked against the price shown in the title's product block:
 *
 * - when they differ and the product meta tags say what the page shows, two sources agree;
 * - when the structured price is one the page strikes through (or labels "Was"), it is the
 *   regular price and the shown price the selling one;
 * - when the structured price is one the page labels as a bid, the shown price is the price.
 *
 * The regular price and discount the page shows beside the selling price are kept on the offer.
 */
import type { PageDoc } from '../../document';
import type { PricedOffer } from '../../types';
import { roundPercent } from './discount';
import { regularBeside, shownMarks, type PriceHintContext } from './visible';

export interface Sources {
  /** The meta-tag offer, when the offer itself came from structured data. */
  meta: PricedOffer | null;
  /** The offer shown in the title's product block. */
  shown: PricedOffer | null;
  doc: PageDoc;
  hint: PriceHintContext;
}

const same = (a: number, b: number) => Math.abs(a - b) < 0.005 + Math.abs(b) * 1e-6;

export function reconcile(offer: PricedOffer, sources: Sources): void {
  agree(offer, sources);
  if (offer.regularPrice === undefined) keepRegularBeside(offer, sources);
}

function agree(offer: PricedOffer, { meta, shown, doc, hint }: Sources): void {
  if (!shown || (shown.currency && offer.currency && shown.currency !== offer.currency)) return;
  if (!same(shown.price, offer.price) && !withinRange(offer, shown.price)) {
    const marks = shownMarks(doc, hint);
    const structured = offer.price;
    const isRegular = structured > shown.price && marks.old.some((a) => same(a, structured));
    const isBid = marks.bids.some((a) => same(a, structured));
    const metaAgrees = meta !== null && same(meta.price, shown.price);
    if (!isRegular && !isBid && !metaAgrees) return;
    offer.price = shown.price;
    delete offer.priceMax;
    if (isRegular) offer.regularPrice = structured;
    offer.evidence.push(...shown.evidence, { source: 'text', value: isRegular ? `struck-through ${structured} is the regular price` : isBid ? `${structured} is a bid` : 'meta tags agree with the shown price' });
    if (offer.regularPrice !== undefined && offer.regularPrice > offer.price) offer.discountPercent = roundPercent(offer.price, offer.regularPrice);
    else {
      delete offer.regularPrice;
      delete offer.discountPercent;
    }
  }
}

/** The page strikes a higher price beside the selling price: that is the regular price. */
function keepRegularBeside(offer: PricedOffer, { shown, doc, hint }: Sources): void {
  const fromShown = shown && same(shown.price, offer.price) ? shown.regularPrice : undefined;
  const old = fromShown ?? regularBeside(doc, hint, offer.price)?.amount;
  if (old === undefined || old <= offer.price) return;
  offer.regularPrice = old;
  offer.discountPercent = roundPercent(offer.price, old);
  offer.evidence.push({ source: 'text', value: `regular price ${old}` });
}

function withinRange(offer: PricedOffer, amount: number): boolean {
  return offer.priceMax !== undefined && amount >= offer.price && amount <= offer.priceMax;
}
