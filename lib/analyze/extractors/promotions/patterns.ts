/**
 * Promotion phrases as data, per language (en, th, ko, vi, ar, es, pt, de, fr, ja, id, zh).
 * Each pattern names the promotion type it is evidence of; capture groups, where present,
 * hold the value (percent, amount text, code or threshold text).
 */
import type { Promotion } from '../../types';

export interface PromoPattern {
  type: Promotion['type'];
  re: RegExp;
  /** Which capture group holds the number or code, if any. */
  group?: number;
  /** Not this promotion when the lower-cased text just before the match ends like this. */
  notAfter?: RegExp;
  /**
   * A character every match contains, tested first: most text segments hold no digit or `%`,
   * and one plain scan for it is far cheaper than the pattern's Unicode alternation.
   */
  needs?: RegExp;
}

/** Gates (PromoPattern.needs). `\d` in a `u` pattern is ASCII digits only, so DIGIT lets through all it can match. */
const PERCENT = /%/;
const DIGIT = /[0-9]/;
const UPPER = /[A-Z]/;
/** A bundle has a number, or is "buy one get one" / "bogo" (no non-ASCII letter folds to these). */
const BUNDLE_GATE = /[0-9]|buy|bogo/i;
/**
 * Buy-now-pay-later: a number, or one of the words written without one. Same flags as the
 * pattern, so letters fold alike (the Kelvin sign reads as k); no `\b`, which is slow under `iu`.
 */
const BNPL_GATE = /[0-9]|klarna|afterpay|clearpay|affirm|sezzle|zip|atome|tabby|tamara|paylater|kredivo|akulaku|shop|무이자 할부|分割払い/iu;

/** What a code is of when it is not a coupon: a product, item, style, postal, colour... */
const PRODUCT_CODE = /(?:product|item|article|style|model|zip|postal|post|colou?r|country|area|sku|ref|reference|bar|qr|tracking|security|verification|access|error|artikel|produkt|sản phẩm|hàng|สินค้า|상품|المنتج)\s*$/u;

const PCT = '(\\d{1,2}(?:[.,]\\d)?)\\s?%';

export const PROMO_PATTERNS: readonly PromoPattern[] = [
  // percent off: "30% off", "-30%", "giảm 30%", "ลด 30%", "30% 할인", "خصم 30%", "30%オフ", "diskon 30%"
  { type: 'percent-off', re: new RegExp(`${PCT}\\s?(?:off|rabatt|reduziert|de réduction|de remise|de descuento|dto|de desconto|sconto|korting|할인|オフ|off|引き|折扣|diskon|potongan)`, 'iu'), group: 1, needs: PERCENT },
  { type: 'percent-off', re: new RegExp(`(?:save|sparen sie|spare|économisez|ahorra|economize|giảm(?: giá)?|ลด(?:ราคา)?|خصم|تخفيض|diskon|hemat|up to|bis zu|jusqu'à|hasta|até|lên đến|สูงสุด|최대|最大)\\s?-?${PCT}`, 'iu'), group: 1, needs: PERCENT },
  { type: 'percent-off', re: new RegExp(`(?:^|\\s)-${PCT}(?:\\s|$)`, 'u'), group: 1, needs: PERCENT },
  // amount off: "save $10", "$10 off", "giảm 50.000đ", "ลด 100 บาท", "5,000원 할인"; never the start of a percentage ("ลด 20%")
  { type: 'amount-off', re: /(?:save|you save|sie sparen|économisez|ahorra|economize|giảm|ลด|خصم|hemat|potongan)\s*:?\s*((?:[^\s\d]{1,4}\s?)?\d[\d.,\s]*(?![\d%])(?:\s?[^\s\d%]{1,4})?)(?!\s?%)/iu, group: 1, needs: DIGIT },
  { type: 'amount-off', re: /((?:[$€£₩฿₫¥]|R\$|Rp|RM)\s?\d[\d.,]*)\s?(?:off|rabatt|de réduction|de descuento|할인)/iu, group: 1, needs: DIGIT },
  // free shipping, with an optional threshold
  { type: 'free-shipping', re: /free (?:standard )?(?:shipping|delivery)|ships free|kostenlose[rn]? (?:versand|lieferung)|versandkostenfrei|livraison (?:gratuite|offerte)|env[íi]o gratis|frete gr[áa]tis|spedizione gratuita|miễn phí (?:vận chuyển|giao hàng)|freeship|ส่งฟรี|무료\s?배송|شحن مجاني|توصيل مجاني|送料無料|包邮|免运费|gratis ongkir|bebas ongkir/iu },
  // coupon codes (with a letter in them; a product, item or postal code is not one): "use code SAVE20", "mã: TET2025", "โค้ด NEWUSER", "쿠폰 코드 WELCOME", "كود الخصم RAMADAN"
  { type: 'coupon', re: /(?:promo ?code|coupon(?: code)?|discount code|voucher(?: code)?|use code|code|gutscheincode|rabattcode|code promo|c[óo]digo(?: de (?:descuento|desconto|cupom))?|cupom|mã(?: giảm giá)?|โค้ด(?:ส่วนลด)?|쿠폰(?: 코드)?|كود(?: الخصم)?|كوبون|クーポン(?:コード)?|优惠码|kode(?: promo| voucher)?)\s*[:：]?\s*["“'«]?((?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{3,19})\b/u, group: 1, notAfter: PRODUCT_CODE, needs: UPPER },
  // countdowns
  { type: 'countdown', re: /(?:ends in|ends tonight|offer ends|sale ends|last chance|only today|endet in|nur noch heute|se termine dans|fin dans|termina en|termina em|acaba em|kết thúc (?:sau|trong)|chỉ còn|หมดเขต|เหลือเวลา|남은 시간|마감 임박|ينتهي (?:خلال|في)|العرض ينتهي|終了まで|残り時間|berakhir dalam|倒计时)/iu },
  { type: 'countdown', re: /\b\d{1,2}\s?(?:h|hrs?|hours?|std|giờ|ชม|시간|ساعة|時間)\s?:?\s?\d{1,2}\s?(?:m|mins?|minutes?|phút|นาที|분|دقيقة|分)/iu, needs: DIGIT },
  // bundles: "buy 2 get 1", "mua 2 tặng 1", "ซื้อ 1 แถม 1", "1+1", "2 for $20", "3 für 2", "3x2" (one digit each side: "31x32" is a size)
  { type: 'bundle', re: /buy (?:\d+|one|two) get (?:\d+|one)(?: free)?|\b[2-9] for (?:[$€£¥₩฿₫]\s?\d+|1\b)|\bbogo\b|kaufe? \d+,? (?:zahle|bekomme) \d+|\d+ für \d+|achetez \d+,? (?:obtenez|le \d+)|\d+ pour \d+|compra \d+ (?:y )?(?:lleva|paga) \d+|(?<![\d.,x×])[2-9]x[1-9](?![\d.,x×]|\s?(?:cm|mm|in|ft|px|kg|ml|m\b))|leve \d+ pague \d+|mua \d+ tặng \d+|ซื้อ\s?\d+\s?แถม\s?\d+|(?<![\d.])1\s?\+\s?1(?![\d.]|\s?=)|\d+개 구매 시|اشتر(?:ي|ِ)? \d+ (?:واحصل|و احصل)|\d+つ買うと|买\d+送\d+|beli \d+ gratis \d+/iu, needs: BUNDLE_GATE },
  // buy now, pay later
  { type: 'bnpl', re: /\b(?:klarna|afterpay|clearpay|affirm|sezzle|zip ?pay|atome|tabby|tamara|paylater|kredivo|akulaku|shop ?pay installments)\b|\b\d+ interest[- ]free (?:payments|instal?lments)|pay in \d+|in \d+ raten|en \d+ (?:fois|cuotas|plazos) sans frais|trả góp 0 ?%|ผ่อน 0 ?%|무이자 할부|قسّ?م(?:ها)? على \d+|分割払い|cicilan 0 ?%/iu, needs: BNPL_GATE },
  // gifts with purchase
  { type: 'gift', re: /free gift|gift with purchase|gratis[- ]?geschenk|geschenk gratis|cadeau offert|regalo gratis|brinde|quà tặng|tặng kèm|ของแถม|แถมฟรี|사은품|증정|هدية مجانية|هدية مع|プレゼント|ノベルティ|赠品|hadiah gratis|free sample/iu },
];
