/**
 * Buy controls: "add to cart" buttons and forms, in the languages shops write them. One on a
 * page says "this product can be bought here"; many say "this is a listing of products".
 */
import type { Element } from 'domhandler';
import { textOf, type PageDoc } from '../../document';

const BUY_PHRASES = [
  'add to cart', 'add to bag', 'add to basket', 'add to trolley', 'buy now', 'buy it now', 'add to order', 'pre-order now', // en
  'in den warenkorb', 'in den einkaufswagen', 'jetzt kaufen', 'warenkorb', // de
  'ajouter au panier', 'acheter', // fr
  'añadir al carrito', 'agregar al carrito', 'añadir a la cesta', 'comprar', // es
  'adicionar ao carrinho', 'adicionar à sacola', 'comprar agora', // pt
  'aggiungi al carrello', 'in winkelwagen', 'lägg i varukorgen', 'læg i kurv', 'legg i handlekurven', // it, nl, sv, da, no
  'thêm vào giỏ', 'mua ngay', 'chọn mua', // vi
  'ใส่ตะกร้า', 'หยิบใส่ตะกร้า', 'เพิ่มลงตะกร้า', 'ซื้อเลย', 'ซื้อทันที', // th
  '장바구니', '바로구매', '구매하기', // ko
  'أضف إلى السلة', 'أضف للسلة', 'اشتر الآن', 'إضافة إلى السلة', // ar
  'カートに入れる', '今すぐ購入', '加入购物车', '立即购买', // ja, zh
  'tambah ke keranjang', 'masukkan keranjang', '+ keranjang', 'beli sekarang', // id
  'в корзину', 'купить', 'добавить в корзину', 'do koszyka', 'dodaj do koszyka', 'do košíku', 'koupit', 'kosárba', 'sepete ekle', // ru, pl, cs, hu, tr
];
const BUY_TEXT = new RegExp(`(?:^|[^\\p{L}])(?:${BUY_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu');
/** Attribute names and form actions of cart widgets: `add-to-cart`, `addToCart`, `/cart/add`, `checkout/cart/add`. */
const BUY_ATTR = /add[-_ ]?to[-_ ]?(?:cart|bag|basket)|addtocart|cart\/add|basket\/add|buy[-_]?now|btn-cart|add_product|warenkorb|panier|carrito|carrinho|korzin|kosik|koszyk/i;

/** Quantity fields of a cart form: a buy button drawn as an image still sits beside one. */
const QUANTITY_NAME = /^(?:qty|quantity|cantidad|menge|anzahl|quantite|quantité|quantidade|quantita|ilosc|mnozstvi|pocet|aantal|antal|so_?luong|수량|数量|кол-?во|количество)(?:\[\])?$/i;

/** Every control or form on the page that adds a product to a cart. */
export function buyControls(doc: PageDoc): Element[] {
  const out: Element[] = [];
  for (const el of doc.controls) if (isBuyControl(el)) out.push(el);
  for (const a of doc.anchors) if (isBuyLink(a)) out.push(a);
  if (!out.length) for (const el of doc.controls) if (QUANTITY_NAME.test(el.attribs.name ?? el.attribs.id ?? '')) out.push(el);
  for (const form of doc.forms) if (isCartForm(form) && !out.some((c) => isInside(c, form))) out.push(form);
  return out;
}

/**
 * Distinct places to buy: controls inside one form count once (a product form holds an
 * add-to-cart button, a buy-now button and hidden submits), each form or loose button once.
 */
export function buyUnits(controls: Element[]): number {
  const units = new Set<Element>();
  for (const c of controls) units.add(closestForm(c) ?? c);
  return units.size;
}

function closestForm(el: Element): Element | null {
  for (let p = el.parent; p; p = p.parent) if (p.type === 'tag' && (p as Element).name === 'form') return p as Element;
  return null;
}

/** A link drawn as a buy button: its text, image alt, class or id says "add to cart". */
function isBuyLink(a: Element): boolean {
  const attrs = `${a.attribs.class ?? ''} ${a.attribs.id ?? ''} ${a.attribs.onclick ?? ''}`;
  if (BUY_ATTR.test(attrs)) return true;
  const text = textOf(a, 80);
  return text.length <= 40 && BUY_TEXT.test(text);
}

function isBuyControl(el: Element): boolean {
  const a = el.attribs;
  if (el.name === 'input' && !/^(submit|button|image)$/i.test(a.type ?? '')) return false;
  if (el.name === 'select' || el.name === 'textarea') return false;
  const label = `${a.value ?? ''} ${a.title ?? ''} ${a['aria-label'] ?? ''} ${a.alt ?? ''} ${el.name === 'button' ? textOf(el, 200) : ''}`;
  return BUY_TEXT.test(label) || BUY_ATTR.test(`${a.name ?? ''} ${a.id ?? ''} ${a.class ?? ''}`);
}

/** Forms that post to a cart or order: `action="/cart/add"`, `name="shopcart"`, `id="formOrder"`. */
const CART_FORM = /cart|basket|warenkorb|panier|carrito|carrinho|korzin|kosik|koszyk|order(?!by|ing|_by)/i;

function isCartForm(form: Element): boolean {
  const a = form.attribs;
  return BUY_ATTR.test(a.action ?? '') || CART_FORM.test(`${a.name ?? ''} ${a.id ?? ''} ${a.class ?? ''} ${a.action ?? ''}`);
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
