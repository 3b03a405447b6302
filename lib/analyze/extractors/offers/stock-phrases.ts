/**
 * What shops print about stock beside the buy button, per language, as data. availability.ts
 * compiles them; within a text the earliest phrase wins, so a longer phrase that holds a
 * shorter one ("nicht auf Lager" / "auf Lager") is found at its own, earlier start.
 */
import type { Availability } from '../../types';

type Phrases = Partial<Record<Availability, readonly string[]>>;

export const STOCK_PHRASES: Readonly<Record<string, Phrases>> = {
  en: {
    out_of_stock: ['out of stock', 'sold out', 'currently unavailable', 'no longer available', 'not available', 'temporarily unavailable', 'temporarily out of stock'],
    preorder: ['pre-order', 'preorder', 'pre order'],
    backorder: ['backorder', 'back order', 'back-order', 'on backorder', 'made to order'],
    limited: ['only a few left', 'few left', 'low stock', 'limited stock', 'almost gone'],
    in_stock: ['in stock', 'available now', 'ready to ship', 'ships today', 'ships within'],
  },
  de: {
    out_of_stock: ['ausverkauft', 'nicht lieferbar', 'nicht auf lager', 'nicht verfügbar', 'derzeit nicht', 'nicht vorrätig', 'vergriffen', 'zurzeit nicht verfügbar', 'momentan nicht verfügbar'],
    preorder: ['vorbestellen', 'vorbestellung'],
    backorder: ['nachbestellt', 'bestellartikel'],
    limited: ['nur noch wenige', 'geringer bestand'],
    in_stock: ['auf lager', 'lagernd', 'sofort lieferbar', 'lieferbar', 'verfügbar', 'vorrätig', 'sofort verfügbar'],
  },
  fr: {
    out_of_stock: ['rupture de stock', 'épuisé', 'épuisée', 'indisponible', 'en rupture', 'non disponible', 'temporairement indisponible'],
    preorder: ['précommande', 'pré-commande', 'en précommande'],
    backorder: ['sur commande', 'en réapprovisionnement'],
    limited: ['plus que', 'stock limité', 'derniers articles'],
    in_stock: ['en stock', 'disponible', 'expédié sous'],
  },
  es: {
    out_of_stock: ['agotado', 'agotada', 'sin stock', 'no disponible', 'sin existencias', 'temporalmente agotado'],
    preorder: ['preventa', 'reserva', 'prevenda'],
    backorder: ['bajo pedido'],
    limited: ['últimas unidades', 'pocas unidades', 'stock limitado'],
    in_stock: ['en stock', 'disponible', 'en existencia', 'hay existencias'],
  },
  pt: {
    out_of_stock: ['esgotado', 'esgotada', 'indisponível', 'sem estoque', 'fora de estoque', 'sem stock'],
    preorder: ['pré-venda'],
    backorder: ['sob encomenda'],
    in_stock: ['em estoque', 'disponível', 'em stock'],
  },
  it: {
    out_of_stock: ['esaurito', 'esaurita', 'non disponibile', 'non disponibili'],
    preorder: ['preordine', 'prenotazione'],
    in_stock: ['disponibile', 'disponibilità immediata', 'in magazzino'],
  },
  nl: {
    out_of_stock: ['uitverkocht', 'niet op voorraad', 'niet leverbaar'],
    in_stock: ['op voorraad', 'direct leverbaar'],
  },
  nordic: {
    out_of_stock: ['slutsåld', 'udsolgt', 'utsolgt', 'ej i lager', 'ikke på lager', 'loppuunmyyty'],
    in_stock: ['i lager', 'på lager', 'varastossa'],
  },
  cs: {
    out_of_stock: ['vyprodáno', 'není skladem', 'dočasně nedostupné', 'momentálně nedostupné', 'nedostupné'],
    backorder: ['na objednávku'],
    in_stock: ['skladem', 'na skladě', 'ihned k odeslání'],
  },
  sk: {
    out_of_stock: ['vypredané', 'nie je na sklade', 'dočasne nedostupné', 'nedostupný', 'nedostupné'],
    backorder: ['na objednávku'],
    in_stock: ['na sklade', 'skladom', 'ihneď k odoslaniu'],
  },
  pl: {
    out_of_stock: ['brak w magazynie', 'niedostępny', 'produkt niedostępny', 'wyprzedany', 'wyprzedane', 'brak towaru'],
    backorder: ['na zamówienie'],
    in_stock: ['na stanie', 'dostępny', 'w magazynie', 'produkt dostępny'],
  },
  hu: {
    out_of_stock: ['nincs raktáron', 'elfogyott'],
    in_stock: ['raktáron', 'készleten'],
  },
  ro: {
    out_of_stock: ['stoc epuizat', 'indisponibil', 'nu este în stoc'],
    in_stock: ['în stoc', 'in stoc', 'disponibil'],
  },
  tr: {
    out_of_stock: ['stokta yok', 'tükendi'],
    in_stock: ['stokta var', 'stokta'],
  },
  ru: {
    out_of_stock: ['нет в наличии', 'распродано', 'временно отсутствует', 'нет на складе'],
    preorder: ['предзаказ'],
    backorder: ['под заказ'],
    limited: ['осталось мало'],
    in_stock: ['в наличии', 'есть в наличии', 'на складе'],
  },
  uk: {
    out_of_stock: ['немає в наявності'],
    in_stock: ['є в наявності', 'в наявності'],
  },
  vi: {
    out_of_stock: ['hết hàng', 'tạm hết hàng', 'ngừng kinh doanh', 'tạm hết'],
    preorder: ['đặt trước'],
    limited: ['chỉ còn'],
    in_stock: ['còn hàng', 'có sẵn', 'sẵn hàng'],
  },
  th: {
    out_of_stock: ['สินค้าหมด', 'หมดสต็อก', 'สินค้าหมดชั่วคราว', 'ของหมด'],
    preorder: ['พรีออเดอร์', 'สั่งจองล่วงหน้า'],
    limited: ['เหลือเพียง'],
    in_stock: ['มีสินค้า', 'พร้อมส่ง', 'มีสินค้าพร้อมส่ง'],
  },
  ko: {
    out_of_stock: ['품절', '일시품절', '재고 없음', '재고없음'],
    preorder: ['예약판매', '예약 주문'],
    limited: ['재고 부족'],
    in_stock: ['재고 있음', '구매 가능', '구매가능'],
  },
  ar: {
    out_of_stock: ['نفدت الكمية', 'نفذت الكمية', 'غير متوفر', 'نفد من المخزون', 'غير متاح', 'نفذ من المخزون'],
    preorder: ['طلب مسبق'],
    limited: ['كمية محدودة'],
    in_stock: ['متوفر', 'متاح', 'في المخزون', 'متوفر في المخزون'],
  },
  ja: {
    out_of_stock: ['在庫切れ', '売り切れ', '品切れ'],
    preorder: ['予約'],
    limited: ['残りわずか'],
    in_stock: ['在庫あり'],
  },
  zh: {
    out_of_stock: ['缺货', '售罄', '已售完', '缺貨', '已售罄', '暫時缺貨'],
    preorder: ['预售', '預購'],
    in_stock: ['有货', '现货', '有貨', '現貨'],
  },
  id: {
    out_of_stock: ['stok habis', 'habis', 'tidak tersedia'],
    preorder: ['pre-pesan'],
    limited: ['stok terbatas'],
    in_stock: ['tersedia', 'stok tersedia', 'ready stock'],
  },
};

/**
 * Words of a service beside the product (store pick-up, delivery, an option): "the check in-store
 * option is temporarily unavailable", "collection not available" say nothing about stock. Only
 * out-of-stock phrases are read against them ("In stock, free delivery" is still in stock).
 */
export const SERVICE_WORDS: readonly string[] = [
  'in-store', 'in store', 'store', 'stores', 'pick-up', 'pickup', 'pick up', 'collection', 'collect', 'click & collect', 'click and collect', 'delivery', 'shipping', 'option', 'reviews', 'video', 'chat', 'service', 'installation',
  'abholung', 'filiale', 'lieferung', 'versand', 'retrait', 'magasin', 'livraison', 'recogida', 'tienda', 'envío', 'retirada', 'loja', 'ritiro', 'negozio', 'odběr', 'prodejna', 'odbiór', 'salon',
];

/** The availability classes in the order they are tried: the specific before the general. */
export const CLASS_ORDER: readonly Availability[] = ['out_of_stock', 'preorder', 'backorder', 'limited', 'in_stock'];
