/**
 * A product the page shows without a price. Shops often drop the price together with the buy
 * button when a product sells out; the page is still that product's, and "out of stock" is the
 * news a competitor audit wants. Such a page gives an offer with price null and the stated
 * availability, when the structured data says so (an Offer with OutOfStock and no price) or the
 * product block around the h1 (a block the size of one product) prints it.
 */
import type { Element } from 'domhandler';
import type { Availability, Offer } from '../../types';
import type { StockOnly } from './structured';
import { availabilityNear } from './visible';

/** Stock that explains a missing price: the product cannot be bought now. */
export const PRICELESS_STOCK: ReadonlySet<Availability> = new Set(['out_of_stock', 'discontinued']);

/**
 * The priceless offer of a product page, or null. `structured` is the structured data's stock
 * for an offer without a price; `title` the page's h1; `productPage` whether the page is one
 * product's (declared, or with fewer buy controls than a listing).
 */
export function pricelessOffer(title: Element | null, structured: StockOnly | undefined, productPage: boolean): Offer | null {
  if (structured && PRICELESS_STOCK.has(structured.availability)) {
    const { availability, ...identity } = structured;
    return { ...offer(availability, 'structured-data'), ...identity };
  }
  if (!title || !productPage) return null;
  const stated = availabilityNear(title);
  return stated && PRICELESS_STOCK.has(stated) ? offer(stated, 'text') : null;
}

function offer(availability: Availability, source: 'structured-data' | 'text'): Offer {
  return { price: null, currency: null, availability, evidence: [{ source, value: `availability: ${availability} (no price shown)` }] };
}
