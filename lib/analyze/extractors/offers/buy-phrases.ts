/**
 * What buy buttons say, per language, as data. `BUY_PHRASES` are read anywhere in a button's
 * label; `BUY_WORDS` are single verbs ("Buy", "Kaufen", "購買") that only count on a control
 * drawn as a button (a link classed `btn` / `button`, a `<button>`), where they cannot be a
 * menu entry like "How to buy".
 */
import { escapeRegExp } from '../../../text/regexp';

export const BUY_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: ['add to cart', 'add to bag', 'add to basket', 'add to trolley', 'add to shopping cart', 'buy now', 'buy it now', 'add to order', 'pre-order now', 'buy mp3 album', 'buy mp3', 'buy album', 'buy track', 'buy the album', 'buy download', 'purchase now'],
  de: ['in den warenkorb', 'in den einkaufswagen', 'jetzt kaufen', 'warenkorb', 'in den korb'],
  fr: ['ajouter au panier', 'acheter', 'acheter maintenant', 'mettre au panier'],
  es: ['añadir al carrito', 'agregar al carrito', 'añadir a la cesta', 'comprar', 'comprar ahora', 'agregar a la bolsa'],
  pt: ['adicionar ao carrinho', 'adicionar à sacola', 'comprar agora', 'adicionar ao cesto'],
  it: ['aggiungi al carrello', 'acquista ora', 'aggiungi al cestino'],
  nl: ['in winkelwagen', 'in winkelmand', 'toevoegen aan winkelwagen', 'in mijn winkelwagen'],
  nordic: ['lägg i varukorgen', 'köp nu', 'læg i kurv', 'køb nu', 'legg i handlekurven', 'kjøp nå', 'lisää ostoskoriin'],
  vi: ['thêm vào giỏ', 'thêm vào giỏ hàng', 'mua ngay', 'chọn mua', 'đặt mua', 'mua hàng', 'cho vào giỏ'],
  th: ['ใส่ตะกร้า', 'หยิบใส่ตะกร้า', 'เพิ่มลงตะกร้า', 'เพิ่มไปยังรถเข็น', 'ใส่รถเข็น', 'หยิบลงตะกร้า', 'ซื้อเลย', 'ซื้อทันที', 'ซื้อสินค้า', 'สั่งซื้อ', 'สั่งซื้อเลย'],
  ko: ['장바구니', '장바구니 담기', '바로구매', '바로 구매', '구매하기', '주문하기', '지금 구매'],
  ar: ['أضف إلى السلة', 'أضف للسلة', 'أضف الى السلة', 'اشتر الآن', 'اشتري الآن', 'اشترِ الآن', 'إضافة إلى السلة', 'أضف إلى عربة التسوق', 'إضافة إلى عربة التسوق'],
  ja: ['カートに入れる', 'カートに追加', 'カートへ入れる', '今すぐ購入', '購入手続きへ'],
  'zh-Hans': ['加入购物车', '立即购买', '马上购买', '加入购物袋'],
  'zh-Hant': ['加入購物車', '立即購買', '馬上購買', '放入購物車', '加到購物車', '加入購物袋'],
  id: ['tambah ke keranjang', 'masukkan keranjang', '+ keranjang', 'beli sekarang'],
  ru: ['в корзину', 'купить', 'добавить в корзину', 'купить сейчас', 'оформить заказ'],
  uk: ['до кошика', 'додати в кошик', 'купити'],
  pl: ['do koszyka', 'dodaj do koszyka', 'kup teraz'],
  cs: ['do košíku', 'vložit do košíku', 'přidat do košíku', 'koupit'],
  sk: ['do košíka', 'vložiť do košíka', 'pridať do košíka', 'kúpiť'],
  hu: ['kosárba', 'kosárba teszem', 'megveszem'],
  tr: ['sepete ekle', 'hemen al', 'satın al'],
  ro: ['adaugă în coș', 'adauga in cos', 'cumpără acum'],
};

/** Verbs that say "buy" on their own, only trusted on a control drawn as a button. */
export const BUY_WORDS: readonly string[] = [
  'buy', 'purchase', 'kaufen', 'acheter', 'comprar', 'acquista', 'kopen', 'köp', 'køb', 'kjøp', 'osta',
  'mua', 'ซื้อ', '구매', '구입', 'شراء', 'اشتر', '購入', '购买', '購買', 'beli', 'купить', 'купити', 'kup', 'kúpiť', 'koupit', 'satın al',
];

const phrasePattern = (list: readonly string[]) => list.map(escapeRegExp).join('|');
/** Scripts written without spaces: a phrase there needs no word boundary ("商品加入購物車"). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;
const ALL_PHRASES = Object.values(BUY_PHRASES).flat();
const SPACED = ALL_PHRASES.filter((p) => !UNSPACED.test(p));
const GLUED = ALL_PHRASES.filter((p) => UNSPACED.test(p));

/** A buy phrase inside a label: a whole word in spaced scripts, anywhere in unspaced ones. */
export const BUY_TEXT = new RegExp(`(?:(?:^|[^\\p{L}])(?:${phrasePattern(SPACED)})(?![\\p{L}]))|(?:${phrasePattern(GLUED)})`, 'iu');

/** A button's whole label is a buy verb, perhaps with an amount or a symbol around it ("Buy $9.99", "購買"). */
export const BUY_WORD_LABEL = new RegExp(`^[^\\p{L}]*(?:${phrasePattern(BUY_WORDS)})(?![\\p{L}])[^\\p{L}]*(?:\\p{L}{1,3}[^\\p{L}]*)?$`, 'iu');
