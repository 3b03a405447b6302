/**
 * Messaging themes used to suggest content pillars, as data. A theme matches a promotion type
 * or a word in a headline, value proposition or call to action; the word lists cover the
 * languages our users' competitors write in (English, Thai, Korean, Vietnamese, Arabic).
 */
import type { Promotion } from '../analyze/types';

export type ThemeId = 'value' | 'convenience' | 'quality' | 'trust' | 'newness' | 'sustainability' | 'urgency' | 'affordability' | 'community';

export interface Theme {
  id: ThemeId;
  promotions: Promotion['type'][];
  /**
   * Lower-case words or phrases, matched as whole words ("off" is not in "coffee", ใหม่ "new"
   * is not in เชียงใหม่ "Chiang Mai"); Korean and Arabic words match inside longer words too.
   */
  words: string[];
}

export const THEMES: readonly Theme[] = [
  { id: 'value', promotions: ['percent-off', 'amount-off', 'strike-through', 'coupon', 'bundle', 'gift'], words: ['sale', 'off', 'discount', 'deal', 'deals', 'discounts', 'save', 'ลด', 'โปร', 'ส่วนลด', '할인', '세일', 'giảm', 'khuyến mãi', 'ưu đãi', 'خصم', 'تخفيض', 'عرض'] },
  { id: 'convenience', promotions: ['free-shipping'], words: ['free shipping', 'delivery', 'fast', 'same day', 'ส่งฟรี', 'จัดส่ง', '무료배송', '배송', 'miễn phí vận chuyển', 'giao hàng', 'شحن مجاني', 'توصيل'] },
  { id: 'quality', promotions: [], words: ['quality', 'premium', 'handmade', 'crafted', 'คุณภาพ', '품질', '프리미엄', 'chất lượng', 'cao cấp', 'جودة', 'فاخر'] },
  { id: 'trust', promotions: [], words: ['guarantee', 'warranty', 'review', 'reviews', 'trusted', 'authentic', 'รับประกัน', 'ของแท้', '정품', '보증', 'chính hãng', 'bảo hành', 'ضمان', 'أصلي'] },
  { id: 'newness', promotions: [], words: ['new', 'launch', 'collection', 'exclusive', 'ใหม่', '신상', '신제품', 'mới', 'độc quyền', 'جديد', 'حصري'] },
  { id: 'sustainability', promotions: [], words: ['sustainable', 'eco', 'organic', 'recycled', 'natural', 'ออร์แกนิก', '친환경', 'thân thiện môi trường', 'hữu cơ', 'مستدام', 'عضوي'] },
  { id: 'urgency', promotions: ['countdown'], words: ['today only', 'limited', 'ends', 'last chance', 'วันนี้เท่านั้น', '한정', '마감', 'có hạn', 'hôm nay', 'لفترة محدودة', 'ينتهي'] },
  { id: 'affordability', promotions: ['bnpl'], words: ['pay later', 'installment', 'installments', 'interest-free', 'ผ่อน', '할부', 'trả góp', 'تقسيط', 'ادفع لاحقا'] },
  { id: 'community', promotions: [], words: ['join', 'community', 'member', 'members', 'club', 'สมาชิก', '멤버십', '회원', 'thành viên', 'cộng đồng', 'انضم', 'عضوية'] },
];

/** Thai needs a dictionary to find word boundaries; Intl's word segmenter has one. */
const SEGMENTER = new Intl.Segmenter('th', { granularity: 'word' });

/** Text as its word tokens, `|a|b|c|`, so a phrase is found only as whole words. */
export function wordTokens(text: string): string {
  let out = '|';
  for (const s of SEGMENTER.segment(text.toLowerCase())) if (s.isWordLike) out += `${s.segment}|`;
  return out;
}

/** Korean and Arabic attach particles and prefixes to the word: their words match inside words. */
const INSIDE_WORDS = /[\p{Script=Hangul}\p{Script=Arabic}]/u;

/** Each theme's words split once into whole-word phrases and inside-word substrings. */
const MATCHERS: readonly { id: ThemeId; phrases: string[]; inside: string[] }[] = THEMES.map((th) => ({
  id: th.id,
  phrases: th.words.filter((w) => !INSIDE_WORDS.test(w)).map(wordTokens),
  inside: th.words.filter((w) => INSIDE_WORDS.test(w)),
}));

/** Themes a piece of text touches. */
export function themesOfText(text: string): ThemeId[] {
  const lower = text.toLowerCase();
  const tokens = wordTokens(lower);
  return MATCHERS.filter((m) => m.phrases.some((p) => tokens.includes(p)) || m.inside.some((w) => lower.includes(w))).map((m) => m.id);
}

export function themesOfPromotion(p: Promotion): ThemeId[] {
  return THEMES.filter((th) => th.promotions.includes(p.type)).map((th) => th.id);
}
