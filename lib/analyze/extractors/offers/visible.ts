/**
 * The offer a shopper sees: the product's price read from visible text, when the page has no
 * structured data or product meta tags. Candidates are the walk's price-classed elements
 * (doc.priceNodes) and, when those give nothing near the product title, short text elements
 * that read as a price ("Our Price $30.99", `<p class="prise">870<br>руб</p>`). The main price
 * is the first current (not old, not "you save") price in the product's block: after the title
 * and sharing a compact ancestor with it. Prices in carts, menus and "related products" never count.
 */
import type { AnyNode, Element } from 'domhandler';
import { locate, parentTag, type PageDoc } from '../../document';
import { readPrice } from '../../../numbers/price';
import type { Availability, PricedOffer } from '../../types';
import { statedAvailability } from './availability';
import { roundPercent } from './discount';
import { notThePrice } from './not-the-price';
import { pricesInCards } from './cards';
import { eachVisibleTextNode, isHidden, visibleText } from './visible-text';

export interface PriceHintContext {
  currency: string | null;
  lang: string | null;
}

export interface PriceCandidate {
  el: Element;
  text: string;
  amount: number;
  currency: string | null;
  /** A list, regular or crossed-out price. */
  old: boolean;
  /** "You save $17.70", "Shipping £4.95", "+$9": an amount that is not the product's price. */
  saving: boolean;
  /** "Starting bid", "Current bid": an auction's bid, not a price to buy at. */
  bid: boolean;
}

/** Words before or opening an auction's bid, per language. */
const BID_LABEL = /starting bid|current bid|opening bid|start(?:ing)? price|highest bid|bids?\s*:|mindestgebot|startpreis|aktuelles gebot|höchstgebot|mise à prix|enchère actuelle|offre actuelle|puja actual|precio de salida|lance atual|lance inicial|offerta attuale|prezzo di partenza|cena wywoławcza|aktualna oferta|vyvolávací cena|aktuální příhoz|текущая ставка|начальная цена|giá khởi điểm|giá đấu hiện tại|ราคาเริ่มต้นประมูล|ราคาประมูล|현재가|시작가|المزايدة الحالية|سعر البداية|現在価格|開始価格|当前出价|起拍价/iu;

/** Blocks whose prices are not the product's own: carts, menus, carousels of other products. */
const ELSEWHERE_TAGS = new Set(['header', 'nav', 'footer', 'aside', 'option', 'select', 'script', 'noscript', 'template']);
const ELSEWHERE_CLASS = /mini-?cart|cart-?(?:summary|total|drawer|popup|dropdown|preview|items?|content|count|block)|shopping-?cart|top-?cart|header-?cart|basket|minibag|related|upsell|up-sell|cross-?sell|recommend|recent|similar|also-?(?:bought|viewed|like)|(?:bought|buy)-?together|carousel|slider|sidebar|shipping|newsletter|alternat(?:ive|e)|(?<![a-z])menu(?![a-z])|wishlist|comparison|compare[-_]?(?:products?|table|items?|with|similar|list)/i;
/** Classes of an old (list, regular, crossed-out) price. */
const OLD_CLASS = /(?<![a-z])(?:old|del)(?![a-z])|line-?through|old-?price|price-?old|was[-_]?price|price[-_]?was|regular|compare|list[-_]?price|strike|original|before|msrp|rrp|uvp|retail|crossed|preis[-_]?alt|prix[-_]?barre|normal[-_]?price|reduced[-_]?from/i;
const SAVING_CLASS = /sav(?:e|ing)|benefit|discount|rabatt|ersparnis|econom|you-?save/i;
/** Words printed before an amount saved, per language. */
const SAVING_LABEL = /(?:you save|save|savings|sie sparen|sparen sie|économisez|ahorra|ahorro|economize|risparmi|tiết kiệm|ประหยัด|절약|وفر|お得|hemat)\s*:?\s*$/iu;
/** Words printed before an old price. */
const OLD_WORDS = 'was|list|list price|retail price|regular price|typical|reg\\.|compare at|msrp|rrp|uvp|statt|vorher|avant|antes|giá gốc|ราคาปกติ|정가|السعر الأصلي|běžná cena';
const OLD_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:${OLD_WORDS})\\s*:?\\s*$`, 'iu');
/** The same words opening the candidate's own text: "Retail Price: $125.00". */
const OLD_TEXT = new RegExp(`^(?:${OLD_WORDS})\\s*:?`, 'iu');
/** Titles of blocks that show other products, per language. */
const RELATED_TITLE = /^(?:recommended|related|compare (?:with )?similar|compare to similar|comparison|product comparison|you may also like|you might also like|customers (?:who|also)|(?:frequently|often) bought|bought together|see also|similar|recently viewed|more from|shop the|featured in|new arrivals|best ?sellers|top sellers|hot picks?|das könnte|ähnliche|kunden kauften|vous aimerez|produits similaires|también te|productos relacionados|você também|produtos relacionados|sản phẩm (?:liên quan|tương tự)|สินค้าที่เกี่ยวข้อง|สินค้าแนะนำ|관련 상품|추천 상품|منتجات ذات صلة|قد يعجبك|関連商品|おすすめ|相关商品|produk terkait|похожие|рекомендуем|с этим товаром)/iu;
const RELATED_BLOCK_TEXT = 800;
/**
 * Amounts that are not the product's price: shipping costs, price filters ("Under $30"),
 * option surcharges ("+$9", "+1 500,00 zł"), prices before VAT (shoppers pay the gross one).
 */
const NOT_A_PRICE = /bez dph|excl\.? vat|ex\.? vat|ohne mwst|zzgl\.? mwst|netto|hors taxes?|sin iva|sem iva|chưa (?:bao gồm )?vat|shipping|delivery|postage|versand|porto|livraison|envío|frete|spedizione|vận chuyển|phí giao|ค่าส่ง|배송비|شحن|送料|ongkir|under|less than|below|unter\s|moins de|menos de|dưới|ต่ำกว่า|이하|أقل من|以下|\+\s?(?:[^\d\s]{1,3}\s?)?\d/iu;
/** Words that introduce a product's price, per language. */
const PRICE_LABEL = /(?:our|your|sale|special|now|unit|today's)? ?price\s*:|(?:our|your|sale) price|preis\s*:|unser preis|prix\s*:|notre prix|precio\s*:|preço\s*:|prezzo\s*:|cena\s*:?|cena s dph|цена\s*:?|giá\s*:|giá bán|ราคา\s*:?|가격\s*:?|판매가|السعر\s*:?|価格\s*:?|販売価格|价格\s*:?|harga\s*:?/iu;
const MAX_PRICE_TEXT = 80;
/** A number alone: digits of any script with grouping and decimal marks. */
const BARE_AMOUNT = /^\p{Nd}[\p{Nd}.,'\u00a0\u202f ]*$/u;
const MAX_SCANNED_TEXT = 60;
/** A digit of any script: Thai and Arabic-Indic prices are prices too. */
const ANY_DIGIT = /\p{Nd}/u;
/** Candidates read per source: a real product page has a few dozen; hostile markup, thousands. */
const MAX_ELEMENTS = 600;
/** Text nodes with a digit read by the scan; a long product page (Amazon) holds a few thousand. */
const MAX_SCANNED_NODES = 5_000;
const MAX_ANCESTOR_LEVELS = 8;
/** A product block (title, price, buy button) holds at most this much text; a listing holds more. */
const PRODUCT_BLOCK_TEXT = 4_000;
const STOCK_BLOCK_TEXT = 2_500;
const STOCK_LEVELS = 6;

/** Candidates from the price-classed elements, in document order. */
export function priceCandidates(doc: PageDoc, hint: PriceHintContext): PriceCandidate[] {
  return cached(doc, `classed|${hint.currency}|${hint.lang}`, () =>
    toCandidates(doc, [...doc.priceNodes.slice(0, MAX_ELEMENTS), ...doc.struck.slice(0, MAX_ELEMENTS)], hint, MAX_PRICE_TEXT, 1),
  );
}

/** Candidates from any short text element that reads as a price with a written currency. */
export function scannedCandidates(doc: PageDoc, hint: PriceHintContext): PriceCandidate[] {
  return cached(doc, `scanned|${hint.currency}|${hint.lang}`, () => toCandidates(doc, shortPriceElements(doc), hint, MAX_SCANNED_TEXT, 2));
}

/**
 * Position of every element in document order, built in one walk per page: sorting candidates
 * with pairwise tree comparisons costs O(children) each and hangs on a parent of 20,000 spans.
 */
const ORDER = new WeakMap<PageDoc, Map<Element, number>>();

function orderOf(doc: PageDoc): Map<Element, number> {
  let order = ORDER.get(doc);
  if (order) return order;
  order = new Map();
  const stack: AnyNode[] = [...doc.root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
    order.set(n as Element, order.size);
    const kids = (n as Element).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  ORDER.set(doc, order);
  return order;
}

/** Offers and their availability read the same candidates; each list is built once per page. */
const CACHE = new WeakMap<PageDoc, Map<string, PriceCandidate[]>>();

function cached(doc: PageDoc, key: string, build: () => PriceCandidate[]): PriceCandidate[] {
  let byKey = CACHE.get(doc);
  if (!byKey) CACHE.set(doc, (byKey = new Map()));
  let list = byKey.get(key);
  if (!list) byKey.set(key, (list = build()));
  return list;
}

function toCandidates(doc: PageDoc, els: Element[], hint: PriceHintContext, maxText: number, minTier: number): PriceCandidate[] {
  const struck = new Set(doc.struck);
  const out: PriceCandidate[] = [];
  const seen = new Set<Element>();
  for (const el of els) {
    if (seen.has(el)) continue;
    if (out.length >= MAX_ELEMENTS) break;
    seen.add(el);
    const text = visibleText(el, 400);
    if (!text || text.length > maxText || !ANY_DIGIT.test(text)) continue;
    const r = readPrice(text, hint);
    if (r.amount === null || r.amount <= 0 || !r.currency) continue;
    const classes = (e: Element | null) => `${e?.attribs.class ?? ''} ${e?.attribs.id ?? ''}`;
    const parent = parentTag(el);
    const marked = struck.has(el) || hasStruckAncestor(el, struck) || OLD_CLASS.test(classes(el)) || OLD_CLASS.test(classes(parent));
    // A crossed-out price beside the selling one is often a bare number ("<del>1,290</del>"): the page's currency is its own.
    const bareOld = marked && r.currencyFromHint && BARE_AMOUNT.test(text);
    if ((r.currencyTier < minTier && !bareOld) || isElsewhere(doc, el)) continue;
    const before = labelBefore(el);
    const old = marked || OLD_LABEL.test(before) || OLD_TEXT.test(text);
    const saving = SAVING_CLASS.test(classes(el)) || SAVING_CLASS.test(classes(parent)) || SAVING_LABEL.test(before) || NOT_A_PRICE.test(`${before.slice(-20)} ${text}`) || notThePrice(before, text) !== null;
    const bid = BID_LABEL.test(`${before} ${text}`);
    out.push({ el, text, amount: r.amount, currency: r.currency, old, saving, bid });
  }
  // A box around another candidate of the same kind ("$59 $41" around "$41") gives way to it.
  const above = new Map<Element, Set<boolean>>();
  for (const c of out) for (const a of ancestors(c.el)) (above.get(a) ?? above.set(a, new Set()).get(a)!).add(c.old);
  return byDocumentOrder(doc, out.filter((c) => !above.get(c.el)?.has(c.old)));
}

function byDocumentOrder(doc: PageDoc, list: PriceCandidate[]): PriceCandidate[] {
  const order = orderOf(doc);
  return list.sort((a, b) => (order.get(a.el) ?? 0) - (order.get(b.el) ?? 0));
}

/** True when `el` comes after `title` in the page. */
function follows(doc: PageDoc, title: Element, el: Element): boolean {
  const order = orderOf(doc);
  return (order.get(el) ?? -1) > (order.get(title) ?? Infinity);
}

function ancestors(el: Element, levels = 16): Element[] {
  const out: Element[] = [];
  for (let p = parentTag(el); p && out.length < levels; p = parentTag(p)) out.push(p);
  return out;
}

/**
 * The main visible offer, or none. `title` (the page's h1) anchors "the product"; without a
 * price in the title's block, `productPage` says whether the first price after it may serve.
 */
export function visibleOffer(doc: PageDoc, hint: PriceHintContext, title: Element | null, productPage: boolean, acceptBlock?: (block: AnyNode) => boolean, classedOnly = false): PricedOffer | null {
  const pool = classedOnly ? priceCandidates(doc, hint) : mergeByOrder(doc, priceCandidates(doc, hint), scannedCandidates(doc, hint));
  const main =
    outsideCards(doc, pool, true, (free) => inTitleBlock(doc, free, title, acceptBlock)) ??
    (productPage ? outsideCards(doc, pool, false, (free) => firstLabelled(doc, free, title) ?? firstAfter(doc, free, title)) : null);
  if (!main) return null;
  const offer: PricedOffer = {
    price: main.amount,
    currency: main.currency,
    evidence: [{ source: 'text', value: main.text, selector: locate(main.el) }],
  };
  // Without a currency known beforehand, a bare crossed-out number is read in the main price's.
  const regular = nearestOldPrice(pool, main) ?? (hint.currency ? null : nearestOldPrice(priceCandidates(doc, { ...hint, currency: main.currency }), main));
  if (regular) {
    offer.regularPrice = regular.amount;
    offer.discountPercent = roundPercent(main.amount, regular.amount);
    offer.evidence.push({ source: 'text', value: regular.text, selector: locate(regular.el) });
  }
  return offer;
}

/**
 * A price in a grid's card is a listed product's: pick among the others. Beside the title, only
 * cards that link to their own pages count (a product's variant rows, each with its buy form,
 * are its own prices).
 */
function outsideCards(doc: PageDoc, pool: PriceCandidate[], linkedOnly: boolean, pick: (free: PriceCandidate[]) => PriceCandidate | null): PriceCandidate | null {
  const carded = pricesInCards(pool.filter(isCurrent).map((c) => c.el), titleBlocks(doc), linkedOnly);
  return pick(carded.size ? pool.filter((c) => !carded.has(c.el)) : pool);
}

/** Classed and scanned candidates in one document-ordered list, each element once. */
function mergeByOrder(doc: PageDoc, a: PriceCandidate[], b: PriceCandidate[]): PriceCandidate[] {
  const els = new Set(a.map((c) => c.el));
  const aboveA = new Set(a.flatMap((c) => ancestors(c.el)));
  const overlaps = (c: PriceCandidate) => els.has(c.el) || aboveA.has(c.el) || ancestors(c.el).some((p) => els.has(p));
  return byDocumentOrder(doc, [...a, ...b.filter((c) => !overlaps(c))]);
}

function isCurrent(c: PriceCandidate): boolean {
  return !c.old && !c.saving && !c.bid;
}

/**
 * Amounts the page shows as old (struck, "Was") and as auction bids, among the price-classed
 * and struck elements (checking structured data must not cost a scan of every text node): a structured price equal
 * to one of these is the regular price or a bid, not the selling price.
 */
export function shownMarks(doc: PageDoc, hint: PriceHintContext): { old: number[]; bids: number[] } {
  const pool = priceCandidates(doc, hint);
  return { old: pool.filter((c) => c.old).map((c) => c.amount), bids: pool.filter((c) => c.bid).map((c) => c.amount) };
}

/** The first current price after the title whose common block with the title is product-sized. */
function inTitleBlock(doc: PageDoc, candidates: PriceCandidate[], title: Element | null, acceptBlock?: (block: AnyNode) => boolean): PriceCandidate | null {
  if (!title) return null;
  for (const c of candidates) {
    if (!isCurrent(c) || !follows(doc, title, c.el)) continue;
    const block = commonAncestor(title, c.el);
    if (block && isProductSized(block)) return !acceptBlock || acceptBlock(block) ? c : null;
  }
  return null;
}

/** True when `node` holds `el`. */
export function holds(node: AnyNode, el: Element): boolean {
  for (let p: AnyNode | null = el.parent; p; p = p.parent) if (p === node) return true;
  return false;
}

/** The first current price introduced as the price ("Our Price:", "Preis:", "ราคา") after the title. */
function firstLabelled(doc: PageDoc, candidates: PriceCandidate[], title: Element | null): PriceCandidate | null {
  const after = (c: PriceCandidate) => !title || follows(doc, title, c.el);
  return candidates.find((c) => isCurrent(c) && after(c) && PRICE_LABEL.test(`${labelBefore(c.el)} ${c.text}`)) ?? null;
}

const BLOCK_SIZE_CACHE = new WeakMap<AnyNode, boolean>();

function isProductSized(block: AnyNode): boolean {
  let small = BLOCK_SIZE_CACHE.get(block);
  if (small === undefined) BLOCK_SIZE_CACHE.set(block, (small = visibleText(block, PRODUCT_BLOCK_TEXT + 1).length <= PRODUCT_BLOCK_TEXT));
  return small;
}

function firstAfter(doc: PageDoc, candidates: PriceCandidate[], title: Element | null): PriceCandidate | null {
  const current = candidates.filter(isCurrent);
  return (title ? current.find((c) => follows(doc, title, c.el)) : undefined) ?? current[0] ?? null;
}

/** The old (struck, "Was") price shown beside the price-classed current price `amount`. */
export function regularBeside(doc: PageDoc, hint: PriceHintContext, amount: number): PriceCandidate | null {
  const classed = oldBeside(priceCandidates(doc, hint), amount);
  if (classed) return classed;
  // Shops print "Regular price: $179.99" as plain text as often as in a classed element.
  return oldBeside(mergeByOrder(doc, priceCandidates(doc, hint), scannedCandidates(doc, hint)), amount);
}

function oldBeside(pool: PriceCandidate[], amount: number): PriceCandidate | null {
  const main = pool.find((c) => isCurrent(c) && Math.abs(c.amount - amount) < 0.005);
  return main ? nearestOldPrice(pool, main) : null;
}

/** An old price in the same small block as the main price, higher than it. */
function nearestOldPrice(candidates: PriceCandidate[], main: PriceCandidate): PriceCandidate | null {
  const block = ancestor(main.el, 3);
  return candidates.find((c) => c.old && c.amount > main.amount && c.currency === main.currency && contains(block, c.el)) ?? null;
}

/** Stock stated in the product block around an element (a few levels up, bounded visible text). */
export function availabilityNear(el: Element): Availability | undefined {
  let cur: Element | null = el;
  for (let i = 0; i < STOCK_LEVELS && cur; i++) {
    const text = visibleText(cur, STOCK_BLOCK_TEXT + 1);
    if (text.length > STOCK_BLOCK_TEXT) break;
    const stated = statedAvailability(text);
    if (stated) return stated;
    cur = parentTag(cur);
  }
  return undefined;
}

/**
 * Elements whose whole text is short and holds a digit: one pass over the text nodes, taking
 * the nearest ancestor (up to two levels) whose text is still short, so `870<br>руб` is read whole.
 */
function shortPriceElements(doc: PageDoc): Element[] {
  const out: Element[] = [];
  eachVisibleTextNode(doc.root, (data, parent) => {
    if (data.length <= MAX_SCANNED_TEXT && ANY_DIGIT.test(data) && parent?.type === 'tag') out.push(widest(parent as Element));
    return out.length < MAX_SCANNED_NODES;
  });
  return out;
}

function widest(el: Element): Element {
  let best = el;
  const amounts = numberRuns(visibleText(el, MAX_SCANNED_TEXT + 1));
  let cur = parentTag(el);
  for (let i = 0; i < 2 && cur; i++, cur = parentTag(cur)) {
    const text = visibleText(cur, MAX_SCANNED_TEXT + 1);
    // Wider only while it stays one amount: "<s>$50</s> <b>$40</b>" are two prices, not one.
    if (text.length > MAX_SCANNED_TEXT || numberRuns(text) > Math.max(1, amounts)) break;
    best = cur;
  }
  return best;
}

/** Separate numbers in a text: "$24.99" is one, "$50.00 $40.00" two. */
function numberRuns(text: string): number {
  return text.match(NUMBER_RUN)?.length ?? 0;
}
const NUMBER_RUN = /\p{Nd}(?:[\p{Nd}.,'\u00a0\u202f]| (?=\p{Nd}{3}(?!\p{Nd})))*/gu;

/** Up to 40 characters of text right before the element inside its parent ("Our Price:", "You save:"). */
function labelBefore(el: Element): string {
  let s = '';
  for (let sib = el.prev; sib && s.length < 40; sib = sib.prev) s = visibleText(sib, 60) + ' ' + s;
  return s.trim().slice(-40);
}

/**
 * In a block that is not the product's own: a cart, a menu, a carousel of other products. A
 * slider-classed block (`product-slider`) that holds the page's h1 or no more prices than one
 * product shows, or an `<aside>` that holds the h1, is the product's own block after all: themes
 * name the gallery-and-buy-box wrapper a "slider" and put the buy box in an aside.
 */
function isElsewhere(doc: PageDoc, el: Element): boolean {
  const own = titleBlocks(doc);
  let cur: Element | null = el;
  for (let i = 0; i < MAX_ANCESTOR_LEVELS && cur; i++) {
    if (isHidden(cur) || (ELSEWHERE_TAGS.has(cur.name) && !(OWN_CAPABLE_TAGS.has(cur.name) && own.has(cur)))) return true;
    const cls = `${cur.attribs.class ?? ''} ${cur.attribs.id ?? ''}`;
    if (ELSEWHERE_CLASS.test(cls) && !(SLIDER_CLASS.test(cls) && (own.has(cur) || pricesUnder(doc, cur) <= ONE_PRODUCT_PRICES))) return true;
    if (i > 1 && i < 6 && !own.has(cur) && isRelatedBlock(cur)) return true;
    cur = parentTag(cur);
  }
  return false;
}

/** Slider classes: themes give the product's own gallery-and-buy-box wrapper these names too. */
const SLIDER_CLASS = /carousel|slider|swiper|slick/i;
/** Elsewhere-tags that may still be the product's own box when they hold its h1 (`<aside class="product-aside">`). */
const OWN_CAPABLE_TAGS = new Set(['aside']);

/** Classes of blocks that show other products than the page's own. */
const OTHER_PRODUCTS_CLASS = /related|upsell|up-sell|cross-?sell|recommend|recent|similar|also-?(?:bought|viewed|like)|(?:bought|buy)-?together|carousel|slider|swiper|slick|compar(?:e|ison)(?:[-_]?(?:products?|table|items?|with|similar|list))|comparison|mini-?cart|wishlist/i;
const OTHER_PRODUCTS_TAGS = new Set(['header', 'nav', 'footer']);
const BUY_CONTROL_LEVELS = 12;

/**
 * A buy control that sells another product than the page's: in a header or menu, or in a
 * comparison table, a "related" list or a carousel (unless that block holds the page's h1).
 * Such controls say nothing about whether the page is a listing.
 */
export function sellsOtherProducts(doc: PageDoc, el: Element): boolean {
  const own = titleBlocks(doc);
  let cur: Element | null = el;
  for (let i = 0; i < BUY_CONTROL_LEVELS && cur; i++) {
    if (own.has(cur)) return false;
    if (OTHER_PRODUCTS_TAGS.has(cur.name)) return true;
    if (OTHER_PRODUCTS_CLASS.test(`${cur.attribs.class ?? ''} ${cur.attribs.id ?? ''}`)) return true;
    if (i > 0 && isRelatedBlock(cur)) return true;
    cur = parentTag(cur);
  }
  return false;
}

/** A current and a struck price: what one product shows; a carousel of products shows more. */
const ONE_PRODUCT_PRICES = 2;
const PRICE_COUNTS = new WeakMap<PageDoc, Map<Element, number>>();

/** How many price-classed elements a block holds; counted for every block in one pass per page. */
function pricesUnder(doc: PageDoc, block: Element): number {
  let counts = PRICE_COUNTS.get(doc);
  if (!counts) {
    counts = new Map();
    const nodes = doc.priceNodes.slice(0, MAX_ELEMENTS);
    const isPrice = new Set(nodes);
    for (const el of nodes) {
      // Nested price classes (`price > price__amount`) are one price: count outermost ones only.
      if (ancestors(el, MAX_ANCESTOR_LEVELS).some((a) => isPrice.has(a))) continue;
      for (let p = parentTag(el); p; p = parentTag(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    PRICE_COUNTS.set(doc, counts);
  }
  return counts.get(block) ?? 0;
}

/** Every ancestor of an h1: the blocks that belong to the page's own product. Built once per page. */
const TITLE_BLOCKS = new WeakMap<PageDoc, Set<Element>>();

function titleBlocks(doc: PageDoc): Set<Element> {
  let set = TITLE_BLOCKS.get(doc);
  if (set) return set;
  set = new Set();
  for (const h of doc.headings) {
    if (h.name !== 'h1') continue;
    set.add(h);
    for (let p = parentTag(h); p; p = parentTag(p)) set.add(p);
  }
  TITLE_BLOCKS.set(doc, set);
  return set;
}

/** A compact block titled "Recommended", "You may also like"…: its prices are other products'. */
function isRelatedBlock(el: Element): boolean {
  let known = RELATED_CACHE.get(el);
  if (known === undefined) {
    const text = visibleText(el, RELATED_BLOCK_TEXT + 1);
    known = text.length <= RELATED_BLOCK_TEXT && RELATED_TITLE.test(text);
    RELATED_CACHE.set(el, known);
  }
  return known;
}

/** Candidates share ancestors; each block is judged once. */
const RELATED_CACHE = new WeakMap<Element, boolean>();

function hasStruckAncestor(el: Element, struck: Set<Element>): boolean {
  for (let cur = parentTag(el), i = 0; cur && i < 3; cur = parentTag(cur), i++) if (struck.has(cur)) return true;
  return false;
}


function ancestor(el: Element, levels: number): Element {
  let cur: Element = el;
  for (let i = 0; i < levels; i++) cur = parentTag(cur) ?? cur;
  return cur;
}

function commonAncestor(a: Element, b: Element): AnyNode | null {
  const chain = new Set<AnyNode>();
  for (let p: AnyNode | null = a; p; p = p.parent) chain.add(p);
  for (let p: AnyNode | null = b; p; p = p.parent) if (chain.has(p)) return p;
  return null;
}

function contains(outer: Element, inner: Element): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true;
  return false;
}
