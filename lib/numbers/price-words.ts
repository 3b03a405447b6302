/**
 * Words around a price that change what it means, per language: "from" prices, old (struck)
 * prices, free, and range connectors. Matched case-insensitively on normalised text.
 */
import { escapeRegExp } from '../text/regexp';

/** "From" written before the amount: `from $9`, `ab 2,99 €`, `từ 99.000đ`, `เริ่มต้น ฿290`. */
export const FROM_BEFORE: readonly string[] = [
  'from', 'starting at', 'starts at', 'starting from', 'as low as', // en
  'ab', 'schon ab', // de
  'à partir de', 'a partir de', 'dès', // fr, es, pt
  'desde', // es
  'a partire da', 'da', // it
  'vanaf', // nl
  'från', 'fra', // sv, da, no
  'od', // pl, cs
  'от', // ru
  'từ', 'chỉ từ', // vi
  'เริ่มต้น', 'เริ่มต้นที่', 'เริ่ม', // th
  'mulai', 'mulai dari', // id
  'ابتداءً من', 'ابتداء من', 'يبدأ من', 'من', // ar
  '最低', // zh, ja
];

/** "From" written after the amount: `29,000원부터`, `1,000円から`, `99元起`. */
export const FROM_AFTER: readonly string[] = ['부터', '~', 'から', '〜', '起', '元起', 'ab'];

/**
 * Written before an old price that a new price follows: `Was $120 Now $60`, `statt 49,99 €`.
 * Only used to skip an amount when another one is present.
 */
export const OLD_PRICE_BEFORE: readonly string[] = [
  'was', 'regular price', 'reg.', 'compare at', 'rrp', 'msrp', 'list price', 'before', // en
  'statt', 'uvp', 'vorher', 'bisher', // de
  'avant', 'prix barré', // fr
  'antes', 'precio anterior', 'preço antigo', // es, pt
  'giá gốc', 'giá cũ', // vi
  'ราคาปกติ', 'ปกติ', // th
  '정가', '판매가', // ko (정가 list price)
  'السعر الأصلي', 'كان', 'بدلاً من', // ar
  '通常価格', '定価', // ja
  'harga normal', 'harga asli', // id
];

/** A price written as a word: "Free!", "gratis", "miễn phí", "ฟรี", "무료", "مجاني". */
export const FREE_WORDS: readonly string[] = [
  'free', 'gratis', 'kostenlos', 'gratuit', 'gratuito', 'grátis', 'miễn phí', 'ฟรี', '무료', 'مجاني', 'مجانا', '無料', '免费', 'бесплатно', 'zdarma', 'darmowy',
];

/**
 * The shop names no price: "Price: on request", "Цена: уточняйте". A number beside these words
 * (a minimum order, a phone number) is not an amount.
 */
export const ON_REQUEST_WORDS: readonly string[] = [
  'on request', 'price on request', 'call for price', 'call for pricing', 'ask for price', 'request a quote', 'poa', // en
  'auf anfrage', 'preis auf anfrage', // de
  'sur demande', 'prix sur demande', 'nous consulter', // fr
  'a consultar', 'consultar precio', 'bajo pedido de precio', 'sob consulta', // es, pt
  'su richiesta', 'op aanvraag', 'na zapytanie', 'na dotaz', 'na vyžiadanie', // it, nl, pl, cs, sk
  'уточняйте', 'по запросу', 'договорная', 'цена договорная', 'за запитом', // ru, uk
  'liên hệ', 'giá liên hệ', 'สอบถามราคา', '가격 문의', '문의', 'اتصل للسعر', 'السعر عند الطلب', '要問い合わせ', '询价', '面议', // vi, th, ko, ar, ja, zh
];

/** Between the two ends of a range: `฿290 - ฿590`, `10 à 20 €`, `10~20`. */
export const RANGE_CONNECTORS = /^\s*(?:[-–—~〜]|to|bis|à|a|até|hasta|đến|ถึง|إلى|до)\s*$/i;

/** Compiles a word list to a regex anchored at the end (before the amount) or start (after). */
export function wordsBefore(words: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])(?:${words.map(escapeRegExp).join('|')})\\s*[:：]?\\s*$`, 'iu');
}

export function wordsAfter(words: readonly string[]): RegExp {
  return new RegExp(`^\\s*(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
}

export function wordsAnywhere(words: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
}


/** Written right after a count that is not a price: `72 in stock`, `3 left`, `120 sold`, `45 reviews`. */
export const QUANTITY_AFTER: readonly string[] = [
  'in stock', 'left', 'sold', 'reviews', 'review', 'ratings', 'items', 'pcs', 'pieces', 'available', // en
  'stück', 'st.', 'auf lager', 'bewertungen', // de
  'en stock', 'avis', 'pièces', 'unidades', 'disponibles', 'vendidos', 'avaliações', // fr, es, pt
  'шт', 'шт.', 'отзывов', 'szt', 'szt.', // ru, pl
  'đã bán', 'sản phẩm', 'đánh giá', 'ชิ้น', 'รีวิว', '개', '명', 'قطعة', '個', '件', 'terjual', 'ulasan', // vi, th, ko, ar, ja/zh, id
];

/**
 * Units of measure written right after a number that is therefore not a price: `16.00 ft`,
 * `500 ml`, `128 GB`. Matched as written: `Ft` (forint) and `L` (lempira, lek) are currencies,
 * `ft` and `l` are not; `m` and `in` are left out (`$1.5 m` is a million, `12 in stock` a count).
 */
export const MEASURE_UNITS_AFTER: readonly string[] = [
  'ft', 'sq ft', 'sq. ft.', 'sqft', 'yd', 'inch', 'inches', 'cm', 'mm', 'km', 'm²', 'm2', 'm³', 'm3', 'cm²', 'cm³', // length, area, volume
  'mg', 'g', 'kg', 'lb', 'lbs', 'oz', 'fl oz', 'ml', 'cl', 'dl', 'l', 'gal', // weight, capacity
  'mAh', 'Wh', 'kWh', 'W', 'kW', 'V', 'Hz', 'GHz', 'MB', 'GB', 'TB', // electrical, storage
];

/** Compiles a unit list to a case-sensitive regex anchored at the start (right after a number). */
export function unitsAfter(units: readonly string[]): RegExp {
  return new RegExp(`^\\s?(?:${[...units].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * Magnitude words written right after the amount of a price: `169만원`, `2,5 triệu đồng`,
 * `Rp 250rb`, `₹ 1.2 lakh`, `$25K`, `€2 Mio.`. Matched as written, and only on a number paired
 * with a currency; lower-case `m` (metres) is left out.
 */
export const PRICE_MAGNITUDES: Readonly<Record<string, number>> = {
  k: 1e3, K: 1e3, M: 1e6, mn: 1e6, million: 1e6, millions: 1e6, bn: 1e9, billion: 1e9, // en
  Tsd: 1e3, 'Tsd.': 1e3, Mio: 1e6, 'Mio.': 1e6, Mrd: 1e9, 'Mrd.': 1e9, // de
  lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, Cr: 1e7, 'Cr.': 1e7, cr: 1e7, लाख: 1e5, करोड़: 1e7, // in
  nghìn: 1e3, ngàn: 1e3, tr: 1e6, triệu: 1e6, tỷ: 1e9, // vi
  rb: 1e3, ribu: 1e3, jt: 1e6, juta: 1e6, miliar: 1e9, // id, ms
  천: 1e3, 만: 1e4, 억: 1e8, // ko
  千: 1e3, 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, // ja, zh
  'тыс.': 1e3, тыс: 1e3, млн: 1e6, 'тис.': 1e3, тис: 1e3, // ru, uk
  هزار: 1e3, میلیون: 1e6, ألف: 1e3, مليون: 1e6, // fa, ar
};

