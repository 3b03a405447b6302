/**
 * Text helpers for site adapters: cleaning what a rendered page shows (bidi marks, ad labels,
 * folded whitespace) and reading an element's visible text.
 */
import type { Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { escapeRegExp } from '../../text/regexp';

/** Bidi and zero-width marks engines put around display URLs and in RTL text. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Folded whitespace, no invisible marks; null when nothing is left. */
export function clean(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Elements that end a line when rendered: their text must not run into the next one. */
const LINE_BREAKING = new Set(['br', 'div', 'p', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'ul', 'ol', 'dd', 'dt']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/**
 * Text as a reader sees it: `Promo<br>Diskon` is "Promo Diskon", not "PromoDiskon". Iterative,
 * so deeply nested markup cannot overflow the stack.
 */
export function visibleText(node: AnyNode): string {
  const parts: string[] = [];
  const stack: (AnyNode | ' ')[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === ' ') {
      parts.push(' ');
      continue;
    }
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if (n.type === 'tag' || n.type === 'root') {
      const el = n as Element;
      if (SKIPPED.has(el.name)) continue;
      const breaks = LINE_BREAKING.has(el.name);
      if (breaks) stack.push(' ');
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
      if (breaks) parts.push(' ');
    }
  }
  return parts.join('');
}

/** Visible text of the first element of a selection, cleaned. */
export function textIn(sel: Cheerio<AnyNode>): string | null {
  const el = sel.get(0);
  return el ? clean(visibleText(el)) : null;
}

/**
 * "Sponsored" as search engines write it, in the languages our users search in. A label is
 * matched as the whole text of an element or as a prefix joined to the ad's text.
 */
export const AD_LABELS: readonly string[] = [
  'Ad', 'Ads', 'Sponsored', 'Sponsored result', 'Promoted', 'Anzeige', 'Gesponsert', 'Annonce', 'Sponsorisé',
  'Publicidad', 'Patrocinado', 'Anúncio', 'Annuncio', 'Sponsorizzato', 'Advertentie', 'Gesponsord', 'Reklam',
  'Реклама', 'Iklan', 'Bersponsor', 'Quảng cáo', 'Được tài trợ', 'โฆษณา', 'ได้รับการสนับสนุน', '광고', '파워링크',
  '広告', 'スポンサー', '赞助', '广告', '廣告', 'إعلان', 'مُموَّل', 'ממומן', 'विज्ञापन', 'Prayojit',
];

const LABEL_SET = new Set(AD_LABELS.map((l) => l.toLowerCase()));
// A label glued to the text ("AdWix …") is only a label when a lowercase letter does not follow:
// "Adidas" stays.
// Case-sensitive on purpose (the lookahead must see case); labels are tried as written and upper-cased.
const LABEL_PREFIX = new RegExp(
  `^(?:${[...AD_LABELS, ...AD_LABELS.map((l) => l.toUpperCase())].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?!\\p{Ll})\\s*[·:•|-]?\\s*`,
  'u',
);


/** True when the text is only an ad label ("Ad", "Sponsored", "광고", "Quảng cáo" …). */
export function isAdLabel(s: string | null | undefined): boolean {
  const t = clean(s)?.replace(/[·:•|]\s*$/, '').trim();
  return !!t && LABEL_SET.has(t.toLowerCase());
}

/** Drops a leading ad label ("Ad·www.x.com", "AdWix has…" as Bing writes it). */
export function stripAdLabel(s: string | null): string | null {
  if (!s) return s;
  return clean(s.replace(LABEL_PREFIX, '')) ?? null;
}

/**
 * The menu an engine attaches to each ad ("Why this ad?", "About the advertiser", "My Ad Center"),
 * in the languages of AD_LABELS: its caption sits inside the ad's link on Google and must never
 * be read as the advertiser's name or the ad's text.
 */
export const AD_MENU_LABELS: readonly string[] = [
  'Why this ad?', 'Why this ad', 'About the advertiser', 'About this advertiser', 'My Ad Center', 'Ad options',
  'Warum diese Werbung?', 'Über den Werbetreibenden', 'Pourquoi cette annonce ?', 'À propos de l\'annonceur',
  '¿Por qué este anuncio?', 'Acerca del anunciante', 'Por que este anúncio?', 'Sobre o anunciante', 'Perché questo annuncio?',
  'Waarom deze advertentie?', 'Bu reklam neden gösteriliyor?', 'Почему я вижу эту рекламу?', 'Об этом рекламодателе',
  'Mengapa iklan ini?', 'Tentang pengiklan', 'Tại sao lại có quảng cáo này?', 'Giới thiệu về nhà quảng cáo',
  'ทำไมจึงแสดงโฆษณานี้', 'เกี่ยวกับผู้ลงโฆษณา', '이 광고가 표시된 이유', '광고주 정보', 'この広告が表示された理由', '広告主について',
  '为什么会显示此广告？', '为什么会显示此广告', '關於這位廣告主', '為什麼會顯示這則廣告？', 'لماذا هذا الإعلان؟', 'यह विज्ञापन क्यों?',
];

const MENU_LABELS = [...AD_MENU_LABELS].sort((a, b) => b.length - a.length).map((l) => l.toLowerCase());

/** The text with every ad-menu caption taken out. */
export function stripAdMenuLabels(s: string | null): string | null {
  if (!s) return s;
  let t = s;
  for (const l of MENU_LABELS) {
    const i = t.toLowerCase().indexOf(l);
    if (i >= 0) t = `${t.slice(0, i)} ${t.slice(i + l.length)}`;
  }
  return clean(t);
}

/** True when the text is only an ad-menu caption. */
export function isAdMenuLabel(s: string | null | undefined): boolean {
  const t = clean(s);
  return !!t && !stripAdMenuLabels(t);
}

/** Display URLs are written `https://www.shop.com › shoes › men`: keep them as shown, cleaned. */
export function cleanDisplayUrl(s: string | null): string | null {
  // A site name run into the URL ("W3Schoolhttps://www.w3schools.com › Js") is not part of it.
  const t = stripAdLabel(clean(s))?.replace(/^[^\s:/]+?(?=https?:\/\/)/i, '') ?? null;
  return t ? t.replace(/\s*›\s*/g, ' › ') : null;
}
