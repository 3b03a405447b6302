/**
 * Amounts printed near a product that are not what everyone pays for it, as data per language:
 * - a members' price ("Join Prime to buy this item at $8.09", "Member price", "Clubpreis"),
 * - a share of the price paid in instalments ("4 interest-free payments of $10", "ab 12,50 € mtl."),
 * - a figure with a magnitude ("raised $55 million", "a $3.2 billion deal", "€8bn"), which is news, not a price.
 * Each is read from the candidate's own text and the few words before it.
 */
import { escapeRegExp } from '../../../text/regexp';

/** Words that make a price conditional on a membership or a subscription. */
export const MEMBER_PRICE: readonly string[] = [
  'join prime', 'prime members', 'prime member price', 'member price', "members' price", 'members price', 'members only', 'for members', 'with membership', 'club price', 'loyalty price', 'subscribe & save', 'subscribe and save',
  'mitgliederpreis', 'clubpreis', 'für mitglieder', 'prix membre', 'prix adhérent', 'precio socio', 'precio para socios', 'preço sócio', 'prezzo soci', 'cena dla członków', 'cena pro členy',
  'цена для участников', 'giá thành viên', 'ราคาสมาชิก', '회원가', '会員価格', '会员价', '會員價', 'harga member',
];

/** Words around an instalment: a part of the price, paid over time. */
export const INSTALMENT: readonly string[] = [
  'interest-free payments', 'interest free payments', 'payments of', 'instalments of', 'installments of', 'monthly payments', 'per month with', '/mo with', '/mo. with', 'with affirm', 'with klarna', 'with afterpay', 'with zip', 'pay in 4', 'pay in 3',
  'ratenzahlung', 'monatliche rate', 'monatsrate', 'finanzierung ab', 'en 3x', 'en 4x', 'en 3 fois', 'en 4 fois', 'mensualités', 'cuotas de', 'meses sin intereses', 'parcelas de', 'sem juros', 'rate da', 'rat po', 'splátky',
  'рассрочка', 'trả góp', 'ผ่อน', '할부', '分割', '分期',
];

/**
 * Words that scale an amount into a figure ("$55 million"), a million and up: thousands
 * ("5 тыс. руб", "3만원") are how some markets write an ordinary price.
 */
export const MAGNITUDE: readonly string[] = [
  'million', 'millions', 'billion', 'billions', 'trillion', 'mn', 'bn', 'tn', 'mln', 'mld', 'mio', 'mrd', 'milliarde', 'milliarden', 'milliard', 'milliards',
  'millones', 'mil millones', 'milhões', 'milhão', 'bilhões', 'milioni', 'miliardi', 'milionów', 'miliardów', 'milionů', 'miliard',
  'млн', 'млрд', 'triệu', 'tỷ', 'ล้าน', '億', '亿',
];
/** Single letters that scale an amount only when glued to it ("$5m", "$2B"); "€29.90 M" is a size. */
const GLUED_MAGNITUDE = ['m', 'M', 'b', 'B'];
/** A currency written before the amount: the figure must be money ("2 million sold" is not). */
const CURRENCY_BEFORE = '(?:[$€£¥₹₩₫₽]|\\b[A-Z]{3}|\\bRs\\.?)';

const list = (words: readonly string[]) => words.map(escapeRegExp).join('|');
const MEMBER = new RegExp(`(?:^|[^\\p{L}])(?:${list(MEMBER_PRICE)})(?![\\p{L}])`, 'iu');
/** Scripts written without spaces: a phrase there needs no word boundary. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;
const PART = new RegExp(`(?:^|[^\\p{L}])(?:${list(INSTALMENT)})(?![\\p{L}])|(?:${list(INSTALMENT.filter((w) => UNSPACED.test(w)))})`, 'iu');
/** Magnitudes as written: lower case, capitalised, upper case ("$5M", "€2BN"); the currency part is case-sensitive. */
const MAGNITUDE_FORMS = [...new Set(MAGNITUDE.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]))];
const FIGURE = new RegExp(`${CURRENCY_BEFORE}\\s?\\d[\\d.,]*(?:\\s?(?:${list(MAGNITUDE_FORMS)})|(?:${GLUED_MAGNITUDE.join('|')}))(?![\\p{L}])`, 'u');

export type NotThePrice = 'member' | 'instalment' | 'figure';

/** Why an amount, read from `text` with `before` (the words printed before it), is not the price; null when it may be. */
export function notThePrice(before: string, text: string): NotThePrice | null {
  // Words before an earlier amount label that amount ("Member price $8.09 | $8.99"), not this one.
  const label = before.slice(-40).replace(/^[^]*\p{Nd}/u, '');
  const around = `${label} ${text}`;
  if (FIGURE.test(text)) return 'figure';
  if (MEMBER.test(around)) return 'member';
  if (PART.test(around)) return 'instalment';
  return null;
}
