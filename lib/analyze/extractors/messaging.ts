/**
 * Messaging: what a page says to sell. The main headline, the text beside it, the calls to
 * action and the value propositions (shipping, returns, warranty, authenticity...). The
 * phrases are data, by language, so a new market is a new line here, not new code.
 */
import type { AnyNode, Element } from 'domhandler';
import { textOf, type PageDoc } from '../document';
import type { Messaging } from '../types';
import { escapeRegExp } from '../../text/regexp';
import { displayText } from './display-text';

/** Call-to-action phrases; a button or link whose short text contains one is a CTA. */
export const CTA_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: ['shop now', 'buy now', 'add to cart', 'add to bag', 'add to basket', 'order now', 'get started', 'sign up', 'subscribe', 'join now', 'join free', 'learn more', 'discover', 'explore', 'book now', 'get yours', 'try it free', 'try for free', 'start free', 'free trial', 'claim', 'get the deal', 'get offer', 'shop the', 'shop all', 'shop sale', 'view collection', 'see collection', 'checkout', 'pre-order', 'preorder', 'download', 'get a quote', 'request a demo', 'book a demo', 'contact sales', 'get it now', 'grab yours'],
  th: ['ซื้อเลย', 'ซื้อตอนนี้', 'ซื้อสินค้า', 'สั่งซื้อ', 'ช้อปเลย', 'ช้อปตอนนี้', 'หยิบใส่ตะกร้า', 'เพิ่มลงตะกร้า', 'ใส่ตะกร้า', 'สมัครสมาชิก', 'สมัครเลย', 'ดูเพิ่มเติม', 'ดูสินค้า', 'รับส่วนลด', 'จองเลย'],
  ko: ['지금 구매', '구매하기', '바로구매', '바로 구매', '장바구니 담기', '장바구니에 담기', '주문하기', '쇼핑하기', '쇼핑하러 가기', '가입하기', '회원가입', '구독하기', '자세히 보기', '더 알아보기', '쿠폰 받기', '예약하기'],
  vi: ['mua ngay', 'đặt hàng', 'đặt mua', 'thêm vào giỏ', 'cho vào giỏ', 'mua sắm ngay', 'đăng ký', 'xem thêm', 'xem ngay', 'khám phá', 'nhận ưu đãi', 'săn ngay'],
  ar: ['تسوق الآن', 'تسوق الان', 'اشتر الآن', 'اشتري الآن', 'اشتر الان', 'أضف إلى السلة', 'أضف للسلة', 'اضف الى السلة', 'اطلب الآن', 'اطلب الان', 'اشترك', 'سجل الآن', 'اكتشف', 'المزيد', 'احجز الآن'],
  ja: ['今すぐ購入', '購入する', 'カートに入れる', 'カートに追加', '今すぐ注文', '注文する', '登録する', '詳しく見る', 'もっと見る', '無料で試す'],
  zh: ['立即购买', '立即購買', '加入购物车', '加入購物車', '立即抢购', '立即下单', '立即注册', '了解更多', '立即订阅'],
  id: ['beli sekarang', 'tambah ke keranjang', 'masukkan keranjang', 'pesan sekarang', 'belanja sekarang', 'daftar sekarang', 'lihat selengkapnya'],
  es: ['comprar ahora', 'compra ahora', 'añadir al carrito', 'agregar al carrito', 'añadir a la cesta', 'suscríbete', 'regístrate', 'descubre', 'ver más'],
  pt: ['comprar agora', 'compre agora', 'adicionar ao carrinho', 'adicionar à sacola', 'assine', 'cadastre-se', 'saiba mais'],
  fr: ['acheter maintenant', 'ajouter au panier', "s'inscrire", 'je m’inscris', "je m'inscris", 'découvrir', 'en savoir plus', 'commander'],
  de: ['jetzt kaufen', 'in den warenkorb', 'jetzt bestellen', 'jetzt entdecken', 'jetzt shoppen', 'abonnieren', 'mehr erfahren'],
  it: ['acquista ora', 'aggiungi al carrello', 'compra ora', 'iscriviti', 'scopri di più'],
  nl: ['nu kopen', 'in winkelwagen', 'bestel nu', 'inschrijven', 'meer info'],
  tr: ['hemen al', 'sepete ekle', 'satın al', 'abone ol'],
  pl: ['kup teraz', 'dodaj do koszyka', 'zapisz się'],
};

/**
 * Value propositions: regular-expression sources by language, written in lower case and
 * matched case-insensitively without the `u` flag (a Unicode case-insensitive regex is ten
 * times slower, and these patterns need no Unicode classes).
 */
export const VALUE_PROP_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  en: ['\\bfree (?:standard |express |next[- ]day )?(?:shipping|delivery|returns?|exchanges?|gift wrap)', '\\bships? free\\b', '\\b\\d+[- ]day (?:free )?(?:returns?|money[- ]back|guarantee|trial)', '\\bmoney[- ]back guarantee', '\\bsatisfaction guarantee', '\\b(?:\\d+[- ]year|lifetime|limited) warranty', '\\bwarranty included', '\\b(?:100% )?(?:authentic|genuine) (?:products?|guaranteed|brands?)', '\\bofficial (?:store|retailer|distributor)', '\\bsecure (?:checkout|payments?)', '\\bcash on delivery', '\\b(?:same|next)[- ]day (?:delivery|shipping|dispatch)', '\\bfast (?:delivery|shipping)', '\\b24/7 (?:support|customer service)', '\\binterest[- ]free', '\\bpay in \\d', '\\bbuy now,? pay later', '\\beasy returns', '\\bprice match'],
  th: ['ส่งฟรี', 'จัดส่งฟรี', 'ของแท้', 'สินค้าแท้', 'รับประกัน', 'เก็บเงินปลายทาง', 'คืนสินค้า', 'เปลี่ยนคืน', 'ผ่อน 0%', 'ส่งไว'],
  ko: ['무료\\s?배송', '무료\\s?반품', '무료\\s?교환', '정품', '당일\\s?배송', '당일\\s?발송', '빠른\\s?배송', '품질\\s?보증', '무이자'],
  vi: ['miễn phí vận chuyển', 'miễn phí giao hàng', '\\bfree ?ship', 'chính hãng', 'bảo hành', 'đổi trả', 'giao hàng nhanh', 'thanh toán khi nhận hàng', 'hàng thật'],
  ar: ['شحن مجاني', 'توصيل مجاني', 'الشحن مجاني', 'إرجاع مجاني', 'استرجاع مجاني', 'ضمان', 'منتجات أصلية', 'أصلي 100', 'الدفع عند الاستلام', 'توصيل سريع', 'تقسيط'],
  ja: ['送料無料', '返品無料', '返品保証', '正規品', '当日発送', '翌日配送', '保証'],
  zh: ['包邮', '免运费', '免運費', '正品', '七天无理由', '7天无理由', '退换', '保修', '货到付款', '貨到付款'],
  id: ['gratis ongkir', 'bebas ongkir', 'ori(?:ginal)? 100', 'garansi', 'bayar di tempat'],
  es: ['envío gratis', 'envío gratuito', 'devoluciones? gratis', 'devolución gratuita', 'garantía de', 'pago contra reembolso', '100% original'],
  pt: ['frete grátis', 'entrega grátis', 'devolução grátis', 'troca grátis', 'garantia de', 'sem juros'],
  fr: ['livraison gratuite', 'livraison offerte', 'retours? gratuits?', 'retour offert', 'garantie \\d', 'paiement sécurisé', 'satisfait ou remboursé'],
  de: ['kostenloser versand', 'versandkostenfrei', 'gratis versand', 'kostenlose rücksendung', 'kostenloser rückversand', '\\d+ jahre garantie', 'sichere zahlung', 'kauf auf rechnung'],
  it: ['spedizione gratuita', 'reso gratuito', 'resi gratuiti', 'garanzia di', 'pagamento sicuro'],
  nl: ['gratis verzending', 'gratis bezorging', 'gratis retourneren', 'morgen in huis'],
  tr: ['ücretsiz kargo', 'ücretsiz iade', 'orijinal ürün'],
  pl: ['darmowa dostawa', 'darmowy zwrot', 'gwarancja \\d'],
};

/**
 * A CTA label starts with its phrase ("Shop now →", "지금 구매하기"). One alternation of the
 * phrases, longest first, without Unicode lookarounds (they make it ten times slower); the
 * word boundary after a Latin-script phrase is checked by hand, so "Disclaimers" is not "claim".
 */
const CTA_START = new RegExp(
  `^(?:${Object.values(CTA_PHRASES)
    .flat()
    .map((p) => p.toLowerCase())
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})`,
);
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
const LETTER = /\p{L}/u;

const VALUE_PROP = new RegExp(Object.values(VALUE_PROP_PATTERNS).flat().join('|'), 'i');
const CTA_CLASS = /(^|[-_\s])cta([-_\s]|$)/i;
const MAX_CTA_CHARS = 40;
/**
 * Links read for CTAs: heroes and product forms come early; the long tail of footer and
 * menu links repeats navigation, and reading every link's text costs as much as a walk.
 */
const MAX_CTA_LINKS = 400;
const MAX_CTA_CONTROLS = 300;
/** Headings weighed for the headline; a page's main one is never past its first few dozen. */
const MAX_HEADLINE_CANDIDATES = 24;
const MAX_ITEMS = 8;
/** Nodes visited for value propositions; trust bars sit near the top, footers repeat them. */
const NODE_BUDGET = 8_000;
const SKIP_TEXT_OF = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'svg', 'head']);

export function extractMessaging(doc: PageDoc): Messaging {
  const headlineEl = headlineElement(doc);
  return {
    headline: headlineEl ? clip(displayText(headlineEl, 1000), 200) : null,
    hero: headlineEl ? heroText(headlineEl) : null,
    ctas: callsToAction(doc),
    valueProps: valueProps(doc),
  };
}

/**
 * The main h1: outside the page chrome (nav, header, footer, sidebars), and where a page has
 * several (shops put h1 on widgets too), the one closest to the page title; then any h1;
 * pages without one lead with their first h2.
 */
function headlineElement(doc: PageDoc): Element | null {
  const title = words(doc.title ?? '');
  for (const level of ['h1', 'h2']) {
    // Each heading's text read once: it both qualifies the heading and scores it.
    const candidates = doc.headings
      .filter((h) => h.name === level)
      .slice(0, MAX_HEADLINE_CANDIDATES)
      .map((h) => ({ h, text: textOf(h, 400) }))
      .filter((c) => c.text.length >= 2);
    const body = candidates.filter((c) => !inChrome(c.h));
    const pool = body.length ? body : candidates;
    let best: Element | null = null;
    let bestScore = -1;
    for (const { h, text } of pool) {
      const score = overlap(words(text), title);
      if (score > bestScore) [best, bestScore] = [h, score];
    }
    if (best) return best;
  }
  return null;
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

const CHROME = new Set(['nav', 'footer', 'aside', 'header']);
/** Longer blocks after a headline are page bodies or forms, not a hero line. */
const MAX_HERO_CHARS = 300;

function inChrome(el: Element): boolean {
  for (let cur = el.parent; cur && cur.type === 'tag'; cur = cur.parent) if (CHROME.has((cur as Element).name)) return true;
  return false;
}

/**
 * The text after the headline in its section (up to two levels up): a paragraph first,
 * else the first block short enough to be a hero line.
 */
function heroText(headline: Element): string | null {
  let fallback: string | null = null;
  let cur: Element | null = headline;
  for (let level = 0; cur && level < 3; level++) {
    for (let sib = cur.nextSibling; sib; sib = sib.nextSibling) {
      const el = sib as Element;
      if (sib.type !== 'tag' || /^h[1-3]$/.test(el.name) || SKIP_TEXT_OF.has(el.name)) continue;
      const text = displayText(sib, 2000);
      if (text.length < 20) continue;
      if (el.name === 'p') return clip(text, MAX_HERO_CHARS);
      if (text.length <= MAX_HERO_CHARS) fallback ??= text;
    }
    cur = cur.parent?.type === 'tag' ? (cur.parent as Element) : null;
  }
  return fallback;
}

function callsToAction(doc: PageDoc): string[] {
  const out = new Map<string, string>();
  for (const el of [...doc.controls.slice(0, MAX_CTA_CONTROLS), ...doc.anchors.slice(0, MAX_CTA_LINKS)]) {
    if (out.size >= MAX_ITEMS) break;
    const text = labelOf(el);
    if (!text || text.length > MAX_CTA_CHARS) continue;
    const lower = text.toLowerCase();
    if (!out.has(lower) && (isCtaLabel(lower) || hasCtaClass(el))) out.set(lower, text);
  }
  return [...out.values()];
}

function isCtaLabel(lower: string): boolean {
  const s = lower.replace(LEADING_MARKS, '');
  const m = CTA_START.exec(s);
  if (!m) return false;
  return !(/[a-z]$/.test(m[0]) && LETTER.test(s.charAt(m[0].length)));
}

function hasCtaClass(el: Element): boolean {
  const cls = el.attribs.class;
  return cls !== undefined && /cta/i.test(cls) && CTA_CLASS.test(cls);
}

function labelOf(el: Element): string {
  if (el.name === 'input') {
    const type = (el.attribs.type ?? '').toLowerCase();
    return type === 'submit' || type === 'button' ? (el.attribs.value ?? '').trim() : '';
  }
  if (el.name !== 'button' && el.name !== 'a') return '';
  return textOf(el, 200) || (el.attribs['aria-label'] ?? '').trim();
}

/** Short lines that promise shipping, returns, warranty, authenticity...: trust bars and hero. */
function valueProps(doc: PageDoc): string[] {
  const out = new Map<string, string>();
  let budget = NODE_BUDGET;
  const stack: AnyNode[] = [...doc.root.children].reverse();
  while (stack.length && budget > 0 && out.size < MAX_ITEMS) {
    const n = stack.pop()!;
    budget--;
    if (n.type === 'text') {
      const t = (n as unknown as { data: string }).data;
      if (t.length < 3 || t.length > 400 || (t.charCodeAt(0) <= 32 && t.trim().length < 3) || !VALUE_PROP.test(t)) continue;
      const line = lineAround(n);
      if (line.length <= 120 && !out.has(line.toLowerCase())) out.set(line.toLowerCase(), line);
      continue;
    }
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (SKIP_TEXT_OF.has(el.name)) continue;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return [...out.values()];
}

/** The short element holding a matching text node, so "Free shipping over <b>$50</b>" stays whole. */
function lineAround(n: AnyNode): string {
  const own = (n as unknown as { data: string }).data.replace(/\s+/g, ' ').trim();
  const parent = n.parent;
  if (!parent || parent.type !== 'tag') return own;
  const text = textOf(parent, 400);
  return text.length <= 120 ? text : own;
}


function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}
