/**
 * Offers on a page: price, ISO 4217 currency, regular price and discount, availability.
 * Sources in order of trust: structured data (JSON-LD, microdata, RDFa), then product meta
 * tags, then the visible price text of a product page. Every offer carries its evidence.
 */
import type { Element } from 'domhandler';
import { attr, type PageDoc } from '../document';
import type { Offer, StructuredDataSummary } from '../types';
import { buyControls } from './offers/buy-controls';
import { metaCurrency, metaOffers, metaTags } from './offers/meta';
import { structuredOffers } from './offers/structured';
import { availabilityNear, priceCandidates, visibleOffer, type PriceHintContext } from './offers/visible';

/** More buy buttons than this and the page is a listing, whose prices are not one product's. */
const LISTING_BUY_CONTROLS = 4;
const PRODUCT_TYPES = /^(Product|ProductGroup|IndividualProduct|ProductModel|SomeProducts|Vehicle|Car)$/;

export function extractOffers(doc: PageDoc, sd: StructuredDataSummary): Offer[] {
  const lang = pageLang(doc);
  const structured = structuredOffers(sd, lang);
  const offers = structured.length ? structured : metaOffers(doc, lang);
  const buy = buyControls(doc);
  const hint: PriceHintContext = { currency: offers[0]?.currency ?? metaCurrency(doc), lang };
  if (offers.length) {
    fillAvailability(offers, doc, hint, buy.length > 0);
    return offers;
  }
  if (!looksLikeProductPage(doc, sd, buy.length)) return [];
  const visible = visibleOffer(doc, hint, firstTitle(doc));
  if (!visible) return [];
  fillAvailability([visible], doc, hint, buy.length > 0);
  return [visible];
}

/**
 * A product page: a product type or `og:type=product`, or a buy control. A page full of buy
 * buttons is a listing (home page, category, search) and has no single product price.
 */
function looksLikeProductPage(doc: PageDoc, sd: StructuredDataSummary, buyCount: number): boolean {
  if (buyCount >= LISTING_BUY_CONTROLS) return false;
  const ogType = metaTags(doc).get('og:type') ?? '';
  return buyCount > 0 || /product/i.test(ogType) || sd.types.some((t) => PRODUCT_TYPES.test(t));
}

/**
 * Offers without a stated availability take the stock text printed near the main price; a
 * page with a working buy button and no stock text sells the product, so it is in stock.
 */
function fillAvailability(offers: Offer[], doc: PageDoc, hint: PriceHintContext, canBuy: boolean): void {
  if (offers.every((o) => o.availability)) return;
  const main = priceCandidates(doc, hint).find((c) => !c.old && Math.abs(c.amount - offers[0].price) < 0.005);
  const near = main ? availabilityNear(main.el) : undefined;
  const fallback = near ?? (canBuy ? 'in_stock' : undefined);
  if (!fallback) return;
  for (const o of offers) {
    if (o.availability) continue;
    o.availability = fallback;
    o.evidence.push({ source: near ? 'text' : 'form', value: near ? `availability: ${near}` : 'buy button' });
  }
}

function pageLang(doc: PageDoc): string | null {
  return (doc.htmlEl && attr(doc.htmlEl, 'lang')) ?? metaTags(doc).get('og:locale') ?? null;
}

function firstTitle(doc: PageDoc): Element | null {
  return doc.headings.find((h) => h.name === 'h1') ?? null;
}
