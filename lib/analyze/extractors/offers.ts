/**
 * Offers on a page: price, ISO 4217 currency, regular price and discount, availability.
 * Sources in order of trust: structured data (JSON-LD, microdata, RDFa), then product meta
 * tags, then the visible price text of a product page. Every offer carries its evidence.
 * A listing (home page, category, search) is not one product: its offers are left out.
 */
import type { AnyNode, Element } from 'domhandler';
import { attr, textOf, type PageDoc } from '../document';
import type { Availability, Offer, PricedOffer, StructuredDataSummary } from '../types';
import { buyControls, buyUnits, hasBuyControl, ownBuyControls } from './offers/buy-controls';
import { metaCurrency, metaOffers, metaTags } from './offers/meta';
import { reconcile } from './offers/reconcile';
import { pageKind, type PageKind } from './offers/page-kind';
import { isSearchPage } from './offers/search-pages';
import { isHomePage } from './offers/home-page';
import { pricelessOffer } from './offers/priceless';
import { shownOnPage } from './offers/shown';
import { structuredOffers, structuredStockOnly } from './offers/structured';
import { availabilityNear, holds, priceCandidates, scannedCandidates, visibleOffer, type PriceHintContext } from './offers/visible';

/** This many separate buy buttons or forms, with no product type declared: a listing. */
const LISTING_BUY_CONTROLS = 4;
/** This many differently named products in structured data, none of them the page's title: a listing. */
const LISTING_PRODUCTS = 3;
/** Shorter names match too much by accident ("B" is in "Best sellers"). */
const MIN_NAME = 4;
/** Stock printed on the page that overrides a structured "in stock" (often a theme's constant). */
const OVERRIDING_STOCK: ReadonlySet<Availability> = new Set(['out_of_stock', 'preorder', 'backorder', 'discontinued']);

export function extractOffers(doc: PageDoc, sd: StructuredDataSummary): Offer[] {
  // A search results page lists many products, whatever product markup it carries.
  if (isSearchPage(doc.url)) return [];
  const lang = pageLang(doc);
  const title = firstTitle(doc);
  const home = isHomePage(doc.url);
  const kind = pageKind(doc, sd);
  const structured = mainProductOffers(structuredOffers(sd, lang), doc, title);
  const meta = metaOffers(doc, lang);
  const declared = structured.length ? structured : meta;
  const hint: PriceHintContext = { currency: declared[0]?.currency ?? metaCurrency(doc), lang };
  // Read once: both whose offers these are and their stock ask whether the page can sell.
  const canBuy = declared.length > 0 && hasBuyControl(doc);
  const offers = offersOfThePage(declared, { doc, kind, title, home, hint, canBuy });
  if (offers.length) {
    // Structured data, meta tags and the price shown beside the title: take what two agree on.
    reconcile(offers[0], { meta: structured.length ? meta[0] ?? null : null, shown: visibleOffer(doc, hint, title, false, undefined, true), doc, hint });
    inStockIfAnyVariantIs(offers);
    fillAvailability(offers, doc, hint, canBuy);
    return offers;
  }
  if (home) return [];
  const buy = buyControls(doc);
  // A page that calls itself an article (a post, a recipe, a service's order form) sells no product by its prices alone,
  // unless it is about a product it declares (a review titled by the product's name).
  if (kind.article && !kind.calledProduct && !kind.productNames.some(namedLikeTitle(doc, title))) return [];
  // Structured data naming several products, none the page's title, describes a listing, priced or not.
  if (listsOtherProducts(kind.productNames, doc, title)) return [];
  const own = ownBuyControls(doc, buy);
  const units = buyUnits(own);
  // A sold-out product page often shows neither a price nor a buy button: keep its stock.
  const priceless = () => {
    const o = pricelessOffer(title, structuredStockOnly(sd, lang), (kind.product || units > 0) && units < LISTING_BUY_CONTROLS);
    return o ? [o] : [];
  };
  if (!kind.product && units === 0) return priceless();
  // Many buy buttons of its own make a page a listing, unless a price sits in the title's
  // product block and that block is not itself the grid (it holds fewer buy buttons than a listing).
  const oneProduct = (block: AnyNode) => buyUnits(own.filter((c) => holds(block, c))) < LISTING_BUY_CONTROLS;
  const visible = visibleOffer(doc, hint, title, units < LISTING_BUY_CONTROLS, oneProduct);
  if (!visible) return priceless();
  fillAvailability([visible], doc, hint, buy.length > 0);
  return [visible];
}

interface PageContext {
  doc: PageDoc;
  kind: PageKind;
  title: Element | null;
  home: boolean;
  hint: PriceHintContext;
  /** The page has a buy control. */
  canBuy: boolean;
}

/**
 * Declared offers (structured data, product meta tags) that are the page's own. A shop's home page
 * marks up its featured product and an article the product it reviews: there they count only when
 * named like the page's title. And on a page without a buy button, a price the page shows
 * nowhere (a theme's leftover markup, a service's list price) is no offer. A page calling itself a
 * product (og:type) keeps its offers: its price may be drawn by script after the markup was read.
 */
function offersOfThePage(offers: PricedOffer[], { doc, kind, title, home, hint, canBuy }: PageContext): PricedOffer[] {
  if (!offers.length || kind.calledProduct) return offers;
  const first = offers[0];
  if ((home || kind.article) && !(first.name && namedLikeTitle(doc, title)(first.name))) return [];
  return canBuy || shownOnPage(doc, hint, first.price, first.priceMax) ? offers : [];
}

/** Variants listed as separate offers: the product is in stock when any of them is. */
function inStockIfAnyVariantIs(offers: PricedOffer[]): void {
  const first = offers[0];
  if (offers.length < 2 || first.availability === 'in_stock') return;
  const sameProduct = offers.filter((o) => (o.name ?? '') === (first.name ?? '') || !o.name || !first.name);
  if (!sameProduct.some((o) => o.availability === 'in_stock')) return;
  first.availability = 'in_stock';
  first.evidence.push({ source: 'structured-data', value: 'availability: in_stock (another variant)' });
}

/**
 * Structured data on a listing describes every product shown. The page's own product is the one
 * named like its title; with several others and none named so, there is no single product.
 */
function mainProductOffers(offers: PricedOffer[], doc: PageDoc, title: Element | null): PricedOffer[] {
  const names = new Set(offers.map((o) => o.name ?? ''));
  if (names.size < 2) return offers;
  const named = namedLikeTitle(doc, title);
  const own = offers.filter((o) => o.name && named(o.name));
  if (own.length) return [...own, ...offers.filter((o) => !own.includes(o))];
  return names.size >= LISTING_PRODUCTS ? [] : offers;
}

/** The same test on product nodes that carry no offer: names enough products, none of them the title. */
function listsOtherProducts(names: readonly string[], doc: PageDoc, title: Element | null): boolean {
  if (names.length < LISTING_PRODUCTS) return false;
  const named = namedLikeTitle(doc, title);
  return !names.some(named);
}

/** Whether a product name is the page's: its h1 (else og:title, else the document title) holds it, or it holds the heading. */
function namedLikeTitle(doc: PageDoc, title: Element | null): (name: string) => boolean {
  const heading = normalise(title ? textOf(title, 300) : metaTags(doc).get('og:title') ?? doc.title ?? '');
  return (raw) => {
    const name = normalise(raw);
    return name.length >= MIN_NAME && heading.length >= MIN_NAME && (heading.includes(name) || name.includes(heading));
  };
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Offers without a stated availability take the stock text printed near the main price; a
 * page with a buy button and no stock text sells the product, so it is in stock. Printed
 * "out of stock" or "pre-order" beats a structured "in stock".
 */
function fillAvailability(offers: PricedOffer[], doc: PageDoc, hint: PriceHintContext, canBuy: boolean): void {
  const near = stockNearPrice(offers[0].price, doc, hint);
  for (const o of offers) {
    if (o.availability && !(o.availability === 'in_stock' && near && OVERRIDING_STOCK.has(near))) continue;
    const value = near ?? (canBuy ? 'in_stock' : undefined);
    if (!value) continue;
    o.availability = value;
    o.evidence.push({ source: near ? 'text' : 'form', value: near ? `availability: ${near}` : 'buy button' });
  }
}

function stockNearPrice(price: number, doc: PageDoc, hint: PriceHintContext): Availability | undefined {
  const same = (c: { amount: number; old: boolean }) => !c.old && Math.abs(c.amount - price) < 0.005;
  const main = priceCandidates(doc, hint).find(same) ?? scannedCandidates(doc, hint).find(same);
  return main ? availabilityNear(main.el) : undefined;
}

function pageLang(doc: PageDoc): string | null {
  return (doc.htmlEl && attr(doc.htmlEl, 'lang')) ?? metaTags(doc).get('og:locale') ?? null;
}

/**
 * The product's title: the first h1 whose text the document title repeats (a logo is often
 * the page's first h1), else the first h1, else an h2 the document title repeats.
 */
function firstTitle(doc: PageDoc): Element | null {
  const docTitle = normalise(`${doc.title ?? ''} ${metaTags(doc).get('og:title') ?? ''}`);
  const named = (h: Element) => {
    const t = normalise(textOf(h, 200));
    return t.length > 2 && docTitle.includes(t);
  };
  const h1s = doc.headings.filter((h) => h.name === 'h1');
  return h1s.find(named) ?? h1s[0] ?? doc.headings.find((h) => h.name === 'h2' && named(h)) ?? null;
}
