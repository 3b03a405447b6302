/**
 * Offers from structured data: JSON-LD (Product / Offer / AggregateOffer, `@graph`, nested
 * `offers` arrays, priceSpecification) and microdata / RDFa items in extruct's
 * `{type, properties}` shape. Both are read through one accessor so the rules exist once.
 */
import { currentCode } from '../../../numbers/legacy-currencies';
import { parsePrice } from '../../../numbers/price';
import type { Availability, PricedOffer, StructuredDataSummary } from '../../types';
import { availabilityFromValue } from './availability';
import { roundPercent } from './discount';

type Source = 'jsonld' | 'microdata' | 'rdfa';

/** A structured-data node, whichever syntax it came from. */
interface Node {
  types: string[];
  get(prop: string): unknown[];
}

const OFFER_TYPES = new Set(['Offer', 'AggregateOffer']);
const REGULAR_PRICE_TYPES = /StrikethroughPrice|ListPrice|SRP|MSRP|RegularPrice/i;
const MAX_VISITS = 5_000;
const MAX_OFFERS = 50;
/** Offer nodes read before dedupe; a hostile page declares thousands, each a price parse. */
const MAX_READ = MAX_OFFERS * 4;
/** Characters of a structured price value read: schema.org prices are short numbers. */
const MAX_PRICE_TEXT = 100;

export function structuredOffers(sd: StructuredDataSummary, lang: string | null): PricedOffer[] {
  return dedupe(read(sd, lang).offers).slice(0, MAX_OFFERS);
}

/** Stock that cannot be bought: an offer without a price saying so (shops drop the price of a sold-out product). */
const GONE: ReadonlySet<Availability> = new Set(['out_of_stock', 'discontinued']);

/** An offer without a price: its stock, and the product's name and SKU (a watch matches offers by them). */
export interface StockOnly {
  availability: Availability;
  name?: string;
  sku?: string;
}

/**
 * The offer that states no price but says it cannot be bought now (OutOfStock, Discontinued),
 * when the structured data holds no priced offer.
 */
export function structuredStockOnly(sd: StructuredDataSummary, lang: string | null): StockOnly | undefined {
  const { offers, stock } = read(sd, lang);
  return offers.length ? undefined : stock[0];
}

interface Sink {
  offers: PricedOffer[];
  stock: StockOnly[];
}

function read(sd: StructuredDataSummary, lang: string | null): Sink {
  const sink: Sink = { offers: [], stock: [] };
  const sources: [Source, unknown[]][] = [['jsonld', sd.jsonld], ['microdata', sd.microdata], ['rdfa', sd.rdfa]];
  for (const [source, roots] of sources) {
    const seen = new Set<unknown>();
    const budget = { visits: 0 };
    for (const root of roots) walk(root, source, null, sink, seen, budget, lang);
  }
  return sink;
}

/** Depth-first over nodes; an `offers` value is read against the node that holds it. */
function walk(value: unknown, source: Source, product: Node | null, sink: Sink, seen: Set<unknown>, budget: { visits: number }, lang: string | null): void {
  if (budget.visits++ > MAX_VISITS || sink.offers.length >= MAX_READ || value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) walk(v, source, product, sink, seen, budget, lang);
    return;
  }
  const node = asNode(value as Record<string, unknown>, source);
  if (node.types.some((t) => OFFER_TYPES.has(t)) || (product && hasPrice(node))) {
    const offer = readOffer(node, product, source, lang);
    if (offer) sink.offers.push(offer);
    else {
      const availability = availabilityOf(node);
      if (availability && GONE.has(availability) && sink.stock.length < MAX_OFFERS) sink.stock.push({ availability, ...identity(node, product) });
    }
  }
  const holdsOffers = node.get('offers').length > 0;
  for (const child of childrenOf(value as Record<string, unknown>, source)) {
    walk(child.value, source, child.prop === 'offers' && holdsOffers ? node : product, sink, seen, budget, lang);
  }
}

function hasPrice(node: Node): boolean {
  return ['price', 'lowPrice', 'priceSpecification'].some((p) => node.get(p).length > 0);
}

function readOffer(node: Node, product: Node | null, source: Source, lang: string | null): PricedOffer | null {
  const currencyHint = text(node.get('priceCurrency')[0]) ?? specField(node, 'priceCurrency');
  const spec = currentSpec(node);
  const rawPrice = node.get('price')[0] ?? node.get('lowPrice')[0] ?? spec?.get('price')[0] ?? node.get('minPrice')[0];
  const price = readAmount(rawPrice, currencyHint, lang);
  // A price of 0 is a placeholder ("call us", a product not for sale online), never a price.
  if (price.amount === null || price.amount <= 0) return null;
  const offer: PricedOffer = {
    price: price.amount,
    currency: normaliseCode(currencyHint) ?? price.currency,
    evidence: [{ source: 'structured-data', value: `${text(rawPrice) ?? ''} ${currencyHint ?? ''}`.trim(), ref: source }],
  };
  const high = readAmount(node.get('highPrice')[0], currencyHint, lang).amount;
  if (high !== null && high > offer.price) offer.priceMax = high;
  const regular = regularPrice(node, currencyHint, lang);
  if (regular !== null && regular > offer.price) {
    offer.regularPrice = regular;
    offer.discountPercent = roundPercent(offer.price, regular);
  }
  const availability = availabilityOf(node);
  if (availability) offer.availability = availability;
  return Object.assign(offer, identity(node, product));
}

/** The product's name and SKU, from the node holding the offer or the offer itself. */
function identity(node: Node, product: Node | null): { name?: string; sku?: string } {
  const out: { name?: string; sku?: string } = {};
  const name = text(product?.get('name')[0]) ?? text(node.get('name')[0]);
  if (name) out.name = name.slice(0, 200);
  const sku = text(product?.get('sku')[0]) ?? text(node.get('sku')[0]);
  if (sku) out.sku = sku.slice(0, 100);
  return out;
}

/** Schema.org asks for `.` as the decimal mark and no grouping: `"12.990"` is 12.99, not 12990. */
function readAmount(raw: unknown, currency: string | null, lang: string | null): { amount: number | null; currency: string | null } {
  if (typeof raw === 'number') return { amount: Number.isFinite(raw) && raw >= 0 ? raw : null, currency: null };
  const s = text(raw)?.slice(0, MAX_PRICE_TEXT);
  if (!s) return { amount: null, currency: null };
  if (/^\d+(?:\.\d+)?$/.test(s)) return { amount: Number(s), currency: null };
  const parsed = parsePrice(s, { currency, lang });
  return { amount: parsed.amount, currency: parsed.currency };
}

function currentSpec(node: Node): Node | null {
  const specs = node.get('priceSpecification').filter(isObjectLike).map((s) => asNode(s, 'jsonld'));
  return specs.find((s) => !REGULAR_PRICE_TYPES.test(String(s.get('priceType')[0] ?? ''))) ?? null;
}

function specField(node: Node, prop: string): string | null {
  for (const s of node.get('priceSpecification')) if (isObjectLike(s)) return text(asNode(s, 'jsonld').get(prop)[0]);
  return null;
}

function regularPrice(node: Node, currency: string | null, lang: string | null): number | null {
  for (const s of node.get('priceSpecification')) {
    if (!isObjectLike(s)) continue;
    const spec = asNode(s, 'jsonld');
    if (REGULAR_PRICE_TYPES.test(String(spec.get('priceType')[0] ?? ''))) return readAmount(spec.get('price')[0], currency, lang).amount;
  }
  return null;
}

function availabilityOf(node: Node): Availability | undefined {
  for (const v of node.get('availability')) {
    const a = availabilityFromValue(text(v) ?? undefined);
    if (a) return a;
  }
  return undefined;
}

const ISO_CODE = /^[A-Z]{3}$/;
function normaliseCode(v: string | null): string | null {
  const code = v?.trim().toUpperCase() ?? '';
  return ISO_CODE.test(code) ? currentCode(code) : v ? parsePrice(v).currency : null;
}

/** Same price, currency and name: variants listed twice, or the same offer in JSON-LD and microdata. */
function dedupe(offers: PricedOffer[]): PricedOffer[] {
  const byKey = new Map<string, PricedOffer>();
  for (const o of offers) {
    const key = `${o.price}|${o.currency}|${o.name ?? ''}`;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, o);
    else {
      prev.availability ??= o.availability;
      prev.evidence.push(...o.evidence.filter((e) => !prev.evidence.some((p) => p.ref === e.ref)));
    }
  }
  return [...byKey.values()];
}

// ---- one accessor over JSON-LD objects and extruct-style items ----

function isObjectLike(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `schema:price`, `http://schema.org/price` → `price`. */
function shortName(k: string): string {
  const cut = Math.max(k.lastIndexOf('/'), k.lastIndexOf('#'), k.lastIndexOf(':'));
  return cut >= 0 ? k.slice(cut + 1) : k;
}

function asNode(obj: Record<string, unknown>, source: Source): Node {
  const isItem = source !== 'jsonld' && isObjectLike(obj.properties);
  const props = (isItem ? obj.properties : obj) as Record<string, unknown>;
  const typeValue = isItem ? obj.type : obj['@type'];
  const types = (Array.isArray(typeValue) ? typeValue : [typeValue]).filter((t): t is string => typeof t === 'string').map(shortName);
  // Pages write `pricecurrency` as often as `priceCurrency`; names are compared without case.
  const index = new Map<string, unknown[]>();
  for (const [k, v] of Object.entries(props)) {
    const name = shortName(k).toLowerCase();
    const list = Array.isArray(v) ? v : [v];
    index.set(name, [...(index.get(name) ?? []), ...list]);
  }
  return { types, get: (p) => index.get(p.toLowerCase()) ?? [] };
}

function childrenOf(obj: Record<string, unknown>, source: Source): { prop: string; value: unknown }[] {
  const props = source !== 'jsonld' && isObjectLike(obj.properties) ? obj.properties : obj;
  return Object.entries(props)
    .filter(([, v]) => typeof v === 'object' && v !== null)
    .map(([k, v]) => ({ prop: shortName(k), value: v }));
}

/** A scalar as trimmed text; `{"@value": …}`, `{"@id": …}` and item `value`s are unwrapped. */
function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (isObjectLike(v)) return text(v['@value'] ?? v['@id'] ?? v.value ?? v.url ?? v.href);
  return null;
}
