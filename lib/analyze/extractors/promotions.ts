/**
 * Promotions a page runs: percent and amount off, strike-through prices, free-shipping
 * thresholds, coupon codes, countdowns, bundles, buy-now-pay-later messaging and gifts.
 * Phrases are data per language (promotions/patterns.ts); short visible text segments are
 * read once, and struck prices come from the walk's list.
 */
import type { AnyNode, Element } from 'domhandler';
import { locate, textOf, type PageDoc } from '../document';
import { parsePrice } from '../../numbers/price';
import type { Promotion } from '../types';
import { displayText } from './display-text';
import { PROMO_PATTERNS } from './promotions/patterns';

const MAX_SEGMENT = 200;
/** Text segments read per page: real pages have a few hundred; hostile ones, tens of thousands. */
const MAX_SEGMENTS = 1_500;
const MAX_PROMOTIONS = 60;
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'select', 'option', 'textarea', 'svg']);
/** "free shipping on orders over $50", "ab 49 €", "từ 300.000đ", "ขั้นต่ำ 500 บาท", "5만원 이상". */
const THRESHOLD = /(?:over|above|from|orders? (?:of|over)|min(?:imum)?|ab|dès|à partir de|desde|a partir de|acima de|từ|trên|ขั้นต่ำ|เมื่อซื้อครบ|فوق|أكثر من|min\.? belanja)\s*:?\s*((?:[^\s\d]{1,4}\s?)?\d[\d.,\s]*(?:\s?[^\s\d]{1,4})?)/iu;
/** Languages that put "or more" after the amount: "50,000원 이상", "5,000円以上", "500 บาทขึ้นไป". */
const THRESHOLD_AFTER = /((?:[^\s\d]{1,4}\s?)?\d[\d.,]*\s?[^\s\d]{0,4}?)\s*(?:이상|以上|起|ขึ้นไป|trở lên|or more|and up)/iu;

export function extractPromotions(doc: PageDoc): Promotion[] {
  const lang = doc.htmlEl?.attribs.lang ?? null;
  const out: Promotion[] = [];
  const seen = new Set<string>();
  const add = (p: Promotion) => {
    const key = `${p.type}|${p.code ?? p.value ?? ''}|${p.type === 'strike-through' ? '' : p.text.toLowerCase()}`;
    if (seen.has(key) || out.length >= MAX_PROMOTIONS) return;
    seen.add(key);
    out.push(p);
  };
  for (const seg of textSegments(doc)) {
    for (const pattern of PROMO_PATTERNS) {
      if (pattern.needs && !pattern.needs.test(seg.text)) continue;
      const m = pattern.re.exec(seg.text);
      if (m && !(pattern.notAfter && pattern.notAfter.test(seg.text.slice(0, m.index).toLowerCase()))) add(toPromotion(pattern.type, m, pattern.group, seg, lang));
    }
  }
  for (const el of doc.struck) {
    const text = textOf(el, 100);
    const price = text.length <= 40 ? parsePrice(text, { lang }) : null;
    if (price?.amount) add({ type: 'strike-through', text, value: price.amount, currency: price.currency, evidence: [{ source: 'text', value: text, selector: locate(el) }] });
  }
  return out;
}

interface Segment {
  text: string;
  el: Element;
}

function toPromotion(type: Promotion['type'], m: RegExpExecArray, group: number | undefined, seg: Segment, lang: string | null): Promotion {
  const p: Promotion = { type, text: seg.text.slice(0, MAX_SEGMENT), evidence: [{ source: 'text', value: m[0].trim(), selector: locate(seg.el) }] };
  const captured = group ? m[group] : undefined;
  if (type === 'percent-off' && captured) p.value = Number(captured.replace(',', '.'));
  if (type === 'amount-off' && captured) {
    const price = parsePrice(captured, { lang });
    if (price.amount !== null) {
      p.value = price.amount;
      p.currency = price.currency;
    }
  }
  if (type === 'coupon' && captured) p.code = captured;
  if (type === 'free-shipping') {
    const t = THRESHOLD.exec(seg.text) ?? THRESHOLD_AFTER.exec(seg.text);
    const price = t ? parsePrice(t[1], { lang }) : null;
    if (price?.amount) {
      p.threshold = price.amount;
      p.currency = price.currency;
    }
  }
  return p;
}

/**
 * Visible text, element by element: the text directly inside each element (its own text
 * nodes joined), so a banner "Free shipping over <b>$50</b>" reads as one segment via its parent.
 */
export function textSegments(doc: PageDoc): Segment[] {
  const out: Segment[] = [];
  const stack: AnyNode[] = [...doc.root.children].reverse();
  while (stack.length && out.length < MAX_SEGMENTS) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (SKIP.has(el.name)) continue;
    if (hasOwnText(el)) {
      // Text from separate boxes kept apart: "20% off" and "€29.90" are not "20% off€29.90".
      const text = displayText(el, MAX_SEGMENT + 1);
      if (text.length >= 3 && text.length <= MAX_SEGMENT) out.push({ text, el });
    }
    // Only elements are visited: text is read through its element.
    for (let i = el.children.length - 1; i >= 0; i--) if (el.children[i].type === 'tag') stack.push(el.children[i]);
  }
  return out;
}

function hasOwnText(el: Element): boolean {
  for (const c of el.children) if (c.type === 'text' && /\S/.test((c as unknown as { data: string }).data)) return true;
  return false;
}
