/**
 * Offers from product meta tags: Open Graph / Facebook product tags (`og:price:amount`,
 * `product:price:amount`, `product:sale_price:amount`, `product:original_price:amount`,
 * `product:availability`) and Twitter's product card (`twitter:label1` "Price" + `twitter:data1`).
 */
import type { PageDoc } from '../../document';
import { parsePrice } from '../../../numbers/price';
import type { PricedOffer } from '../../types';
import { availabilityFromValue } from './availability';
import { roundPercent } from './discount';

/** Tag names, most specific first. */
const PRICE_TAGS = ['product:sale_price:amount', 'og:price:amount', 'product:price:amount', 'og:price', 'product:price'];
const CURRENCY_TAGS = ['product:sale_price:currency', 'og:price:currency', 'product:price:currency', 'og:currency'];
const REGULAR_TAGS = ['product:original_price:amount', 'product:retailer_price:amount'];
const AVAILABILITY_TAGS = ['product:availability', 'og:availability', 'availability'];
/** Twitter card labels that name a price, in the languages shops use. */
const PRICE_LABEL = /price|preis|prix|precio|preço|prezzo|giá|ราคา|가격|السعر|価格|harga|цена|cena/i;

export function metaTags(doc: PageDoc): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of doc.metas) {
    const key = (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? '').trim().toLowerCase();
    const content = m.attribs.content?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

export function metaOffers(doc: PageDoc, lang: string | null): PricedOffer[] {
  const tags = metaTags(doc);
  const first = (names: string[]) => names.map((n) => tags.get(n)).find((v) => v !== undefined) ?? null;
  const currency = first(CURRENCY_TAGS);
  const rawPrice = first(PRICE_TAGS) ?? twitterPrice(tags);
  if (!rawPrice) return [];
  const parsed = parsePrice(rawPrice, { currency, lang });
  if (parsed.amount === null || parsed.amount <= 0) return [];
  const offer: PricedOffer = {
    price: parsed.amount,
    currency: parsed.currency,
    evidence: [{ source: 'meta', value: `${rawPrice} ${currency ?? ''}`.trim() }],
  };
  const regularRaw = first(REGULAR_TAGS);
  const regular = regularRaw ? parsePrice(regularRaw, { currency, lang }).amount : null;
  if (regular !== null && regular > offer.price) {
    offer.regularPrice = regular;
    offer.discountPercent = roundPercent(offer.price, regular);
  }
  const availability = availabilityFromValue(first(AVAILABILITY_TAGS) ?? undefined);
  if (availability) offer.availability = availability;
  const name = tags.get('og:title');
  if (name) offer.name = name.slice(0, 200);
  return [offer];
}

function twitterPrice(tags: Map<string, string>): string | null {
  for (const i of [1, 2]) {
    const label = tags.get(`twitter:label${i}`);
    const data = tags.get(`twitter:data${i}`);
    if (label && data && PRICE_LABEL.test(label)) return data;
  }
  return null;
}

/** The page's own currency from its meta tags, used as the hint for visible prices. */
export function metaCurrency(doc: PageDoc): string | null {
  const tags = metaTags(doc);
  return CURRENCY_TAGS.map((n) => tags.get(n)).find(Boolean) ?? null;
}
