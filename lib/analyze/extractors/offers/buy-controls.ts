/**
 * Buy controls: "add to cart" buttons and forms, in the languages shops write them (phrases in
 * buy-phrases.ts). One on a page says "this product can be bought here"; many say "this is a
 * listing of products" — counting only those outside headers, comparison tables, "related"
 * lists and carousels, which sell other products on any product page.
 */
import type { Element } from 'domhandler';
import { textOf, type PageDoc } from '../../document';
import { BUY_TEXT, BUY_WORD_LABEL } from './buy-phrases';
import { sellsOtherProducts } from './visible';

/** Attribute names and form actions of cart widgets: `add-to-cart`, `addToCart`, `/cart/add`, `checkout/cart/add`. */
const BUY_ATTR = /add[-_ ]?to[-_ ]?(?:cart|bag|basket)|addtocart|cart\/add|basket\/add|buy[-_]?now|btn-cart|add_product|warenkorb|panier|carrito|carrinho|korzin|kosik|koszyk/i;

/** Quantity fields of a cart form: a buy button drawn as an image still sits beside one. */
const QUANTITY_NAME = /^(?:qty|quantity|cantidad|menge|anzahl|quantite|quantité|quantidade|quantita|ilosc|mnozstvi|pocet|aantal|antal|so_?luong|수량|数量|кол-?во|количество)(?:\[\])?$/i;

/** Every control or form on the page that adds a product to a cart. */
export function buyControls(doc: PageDoc): Element[] {
  const out: Element[] = [];
  for (const el of doc.controls) if (isBuyControl(el)) out.push(el);
  for (const a of doc.anchors) if (isBuyLink(a)) out.push(a);
  if (!out.length) for (const el of doc.controls) if (isQuantityField(el)) out.push(el);
  for (const form of doc.forms) if (isCartForm(form) && !out.some((c) => isInside(c, form))) out.push(form);
  return out;
}

/** Whether buyControls would find any, stopping at the first (the list is long on a listing). */
export function hasBuyControl(doc: PageDoc): boolean {
  return doc.controls.some(isBuyControl) || doc.anchors.some(isBuyLink) || doc.controls.some(isQuantityField) || doc.forms.some(isCartForm);
}

function isQuantityField(el: Element): boolean {
  return QUANTITY_NAME.test(el.attribs.name ?? el.attribs.id ?? '');
}

/** The buy controls that sell the page's own product(s): those in other-product blocks left out. */
export function ownBuyControls(doc: PageDoc, controls: Element[]): Element[] {
  return controls.filter((c) => !sellsOtherProducts(doc, c));
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

/** Classes of a link drawn as a button. */
const BUTTON_CLASS = /(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-])/i;

/**
 * A link drawn as a buy button: its text, image alt, class or id says "add to cart", or it is
 * styled as a button and says only "Buy" ("Buy MP3 album", "購買", "Buy $9.99").
 */
function isBuyLink(a: Element): boolean {
  const attrs = `${a.attribs.class ?? ''} ${a.attribs.id ?? ''} ${a.attribs.onclick ?? ''}`;
  if (BUY_ATTR.test(attrs)) return true;
  const text = textOf(a, 80);
  if (text.length > 40) return false;
  return BUY_TEXT.test(text) || (BUTTON_CLASS.test(`${a.attribs.class ?? ''} ${a.attribs.role ?? ''}`) && BUY_WORD_LABEL.test(text));
}

function isBuyControl(el: Element): boolean {
  const a = el.attribs;
  if (el.name === 'input' && !/^(submit|button|image)$/i.test(a.type ?? '')) return false;
  if (el.name === 'select' || el.name === 'textarea') return false;
  const label = `${a.value ?? ''} ${a.title ?? ''} ${a['aria-label'] ?? ''} ${a.alt ?? ''} ${el.name === 'button' ? textOf(el, 200) : ''}`;
  return BUY_TEXT.test(label) || BUY_WORD_LABEL.test(label.trim()) || BUY_ATTR.test(`${a.name ?? ''} ${a.id ?? ''} ${a.class ?? ''}`);
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
