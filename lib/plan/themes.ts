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
   * Lower-case words or phrases. Latin-script ones (English, Vietnamese) match whole words, so
   * "off" is not found in "coffee"; other scripts match as substrings, because Thai is written
   * without spaces and Korean and Arabic attach particles and prefixes to the word.
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

const LATIN = /^[\p{Script=Latin}\p{M}\s'-]+$/u;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (w: string) => (LATIN.test(w) ? `(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])` : escape(w));

/** One compiled pattern per theme, built once from the word lists. */
const MATCHERS: readonly { id: ThemeId; re: RegExp }[] = THEMES.map((th) => ({ id: th.id, re: new RegExp(th.words.map(wordPattern).join('|'), 'u') }));

/** Themes a piece of text touches. */
export function themesOfText(text: string): ThemeId[] {
  const t = text.toLowerCase();
  return MATCHERS.filter((m) => m.re.test(t)).map((m) => m.id);
}

export function themesOfPromotion(p: Promotion): ThemeId[] {
  return THEMES.filter((th) => th.promotions.includes(p.type)).map((th) => th.id);
}
