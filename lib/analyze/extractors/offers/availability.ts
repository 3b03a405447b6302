/**
 * Availability as data: schema.org ItemAvailability values, the short forms product meta tags
 * use (`instock`, `oos`), and the phrases shops print beside the buy button, per language.
 */
import type { Availability } from '../../types';

/** schema.org ItemAvailability (last path segment, lower case) and meta-tag forms. */
const SCHEMA_VALUES: Readonly<Record<string, Availability>> = {
  instock: 'in_stock',
  in_stock: 'in_stock',
  'in stock': 'in_stock',
  instoreonly: 'in_stock',
  onlineonly: 'in_stock',
  available: 'in_stock',
  availablefororder: 'in_stock',
  outofstock: 'out_of_stock',
  out_of_stock: 'out_of_stock',
  'out of stock': 'out_of_stock',
  oos: 'out_of_stock',
  soldout: 'out_of_stock',
  'sold out': 'out_of_stock',
  unavailable: 'out_of_stock',
  preorder: 'preorder',
  presale: 'preorder',
  'pre-order': 'preorder',
  backorder: 'backorder',
  'available for order': 'backorder',
  limitedavailability: 'limited',
  discontinued: 'discontinued',
  pending: 'unknown',
};

/** `http://schema.org/InStock`, `https://schema.org/OutOfStock`, `instock`, `OutOfStock`. */
export function availabilityFromValue(v: unknown): Availability | undefined {
  if (typeof v !== 'string' || !v.trim()) return undefined;
  const last = v.trim().replace(/[#/]+$/, '').split(/[/#:]/).pop()!.toLowerCase();
  return SCHEMA_VALUES[last] ?? SCHEMA_VALUES[v.trim().toLowerCase()];
}

/**
 * Printed phrases, most specific first: "out of stock" must win over "in stock" inside it,
 * and "nur noch 3 auf Lager" (limited) over "auf Lager".
 */
const PHRASES: readonly [Availability, readonly string[]][] = [
  ['out_of_stock', [
    'out of stock', 'sold out', 'currently unavailable', 'no longer available', 'not available', 'temporarily unavailable', // en
    'ausverkauft', 'nicht lieferbar', 'nicht auf lager', 'nicht verfügbar', 'derzeit nicht', // de
    'rupture de stock', 'épuisé', 'indisponible', 'en rupture', // fr
    'agotado', 'sin stock', 'no disponible', 'esgotado', 'indisponível', 'sem estoque', 'fora de estoque', // es, pt
    'hết hàng', 'tạm hết hàng', 'ngừng kinh doanh', // vi
    'สินค้าหมด', 'หมดสต็อก', 'สินค้าหมดชั่วคราว', // th
    '품절', '일시품절', '재고 없음', '재고없음', // ko
    'نفدت الكمية', 'نفذت الكمية', 'غير متوفر', 'نفد من المخزون', 'غير متاح', // ar
    '在庫切れ', '売り切れ', '品切れ', '缺货', '售罄', '已售完', // ja, zh
    'stok habis', 'habis', 'tidak tersedia', // id
    'нет в наличии', 'распродано', 'немає в наявності', // ru, uk
    'vyprodáno', 'není skladem', 'brak w magazynie', 'niedostępny', 'esaurito', 'non disponibile', 'uitverkocht', 'slutsåld', 'udsolgt', 'utsolgt', // cs, pl, it, nl, sv, da, no
  ]],
  ['preorder', ['pre-order', 'preorder', 'pre order', 'vorbestellen', 'vorbestellung', 'précommande', 'preventa', 'reserva', 'pré-venda', 'đặt trước', 'พรีออเดอร์', 'สั่งจองล่วงหน้า', '예약판매', '예약 주문', 'طلب مسبق', '予約', '预售', 'предзаказ', 'pre-pesan']],
  ['backorder', ['backorder', 'back order', 'back-order', 'nachbestellt', 'sur commande', 'bajo pedido', 'sob encomenda', 'под заказ', 'na zamówienie']],
  ['limited', ['only a few left', 'few left', 'low stock', 'limited stock', 'nur noch wenige', 'plus que', 'últimas unidades', 'chỉ còn', 'เหลือเพียง', '재고 부족', 'كمية محدودة', '残りわずか', 'stok terbatas', 'осталось мало']],
  ['in_stock', [
    'in stock', 'available now', 'ready to ship', 'ships today', 'ships within', // en
    'auf lager', 'lagernd', 'sofort lieferbar', 'lieferbar', 'verfügbar', // de
    'en stock', 'disponible', // fr, es
    'em estoque', 'disponível', 'en existencia', // pt, es
    'còn hàng', 'có sẵn', // vi
    'มีสินค้า', 'พร้อมส่ง', // th
    '재고 있음', '구매 가능', // ko
    'متوفر', 'متاح', 'في المخزون', // ar
    '在庫あり', '有货', '现货', // ja, zh
    'tersedia', 'stok tersedia', 'ready stock', // id
    'в наличии', 'є в наявності', 'skladem', 'na stanie', 'dostępny', 'disponibile', 'op voorraad', 'i lager', 'på lager', // ru, uk, cs, pl, it, nl, sv, da/no
  ]],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** One regex per class; a phrase must not sit inside a longer word ("instock" in a class name is fine, "unavailable" is its own phrase). */
const COMPILED = PHRASES.map(([value, list]) => [value, new RegExp(`(?<![\\p{L}])(?:${list.map(escape).join('|')})(?![\\p{L}])`, 'iu')] as const);

/** Availability stated in visible text, or undefined when the text says nothing about stock. */
export function availabilityFromText(text: string): Availability | undefined {
  if (!text) return undefined;
  let best: { value: Availability; index: number } | null = null;
  for (const [value, re] of COMPILED) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { value, index: m.index };
  }
  return best?.value;
}

const OUT_OF_STOCK_GLOBAL = new RegExp(COMPILED.find(([v]) => v === 'out_of_stock')![1].source, 'giu');

/**
 * Availability stated for the product as a whole. "Sold out" written beside several sizes or
 * colours is about those variants, not the product, so a repeated out-of-stock phrase is set
 * aside and the rest of the text decides.
 */
export function statedAvailability(text: string): Availability | undefined {
  const outCount = text.match(OUT_OF_STOCK_GLOBAL)?.length ?? 0;
  if (outCount < 2) return availabilityFromText(text);
  return availabilityFromText(text.replace(OUT_OF_STOCK_GLOBAL, ' '));
}
