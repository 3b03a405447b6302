/**
 * Price strings in every locale → amount and ISO 4217 currency: `฿1,290`, `1.290.000₫`,
 * `29,000원`, `١٢٩ ر.س`, `AED 129`, `1 234,56 €`, `$1,234.56`, `R$ 49,90`, ranges
 * (`฿290 - ฿590`) and "from" prices (`ab 2,99 €`, `từ 99.000đ`, `29,000원부터`).
 *
 * The amount is the number written next to the currency (the first such pair that is not
 * marked as an old price); without a currency, the first number. An ambiguous token (`$`,
 * `kr`, `¥`) is settled by the hint's currency, then the page language's region.
 */
import { findNumbers, readNumber, type NumberToken } from './amount';
import { minorUnits } from './currencies';
import { KNOWN_CODES, findCurrencyTokens, isCapitalCode, resolveCode, type CurrencyToken, type TokenTier } from './currency-match';
import { looksLikeDate } from './date';
import { escapeRegExp } from '../text/regexp';
import { LEGACY_CODES } from './legacy-currencies';
import { normalizeNumerals } from './digits';
import { FREE_WORDS, FROM_AFTER, FROM_BEFORE, MEASURE_UNITS_AFTER, OLD_PRICE_BEFORE, ON_REQUEST_WORDS, PRICE_MAGNITUDES, QUANTITY_AFTER, RANGE_CONNECTORS, unitsAfter, wordsAfter, wordsAnywhere, wordsBefore } from './price-words';

export interface PriceHint {
  /** An ISO code (`"THB"`, from structured data) or text seen near the price (`"Price: $"`). */
  currency?: string | null;
  /** Page language (`th`, `en-AU`), which settles `$`, `kr` and `¥`. */
  lang?: string | null;
}

export interface ParsedPrice {
  amount: number | null;
  currency: string | null;
  amountMax?: number;
  isFrom?: boolean;
}

/** A parse with the detail extractors need to judge it. */
export interface PriceReading extends ParsedPrice {
  /** 3: a symbol (`€`, `฿`); 2: a code or word next to the number; 1: a letter (`R`, `K`); 0: none. */
  currencyTier: TokenTier | 0;
  /** True when the currency came from the hint rather than the string itself. */
  currencyFromHint: boolean;
}

const FROM_BEFORE_RE = wordsBefore(FROM_BEFORE);
const FROM_AFTER_RE = wordsAfter(FROM_AFTER);
const OLD_BEFORE_RE = wordsBefore(OLD_PRICE_BEFORE);
const FREE_RE = wordsAnywhere(FREE_WORDS);
const ON_REQUEST_RE = wordsAnywhere(ON_REQUEST_WORDS);
const QUANTITY_RE = wordsAfter(QUANTITY_AFTER);
const UNIT_RE = unitsAfter(MEASURE_UNITS_AFTER);
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}]/u;
/** A magnitude word right after a number; a spaced script's word ends at a non-letter (`$25K-cups` is no thousand). */
const MAGNITUDE_RE = new RegExp(
  `^\\s?(${Object.keys(PRICE_MAGNITUDES)
    .sort((a, b) => b.length - a.length)
    .map((k) => escapeRegExp(k) + (UNSPACED_SCRIPT.test(k) ? '' : '(?![\\p{L}\\p{N}\\-])'))
    .join('|')})`,
  'u',
);
const LETTER_BEFORE = /[\p{L}\p{M}]$/u;
const MAX_INPUT = 2_000;

/** Parse one price string. See the module comment for the rules. */
export function parsePrice(raw: string, hint?: PriceHint): ParsedPrice {
  const r = readPrice(raw, hint);
  const out: ParsedPrice = { amount: r.amount, currency: r.currency };
  if (r.amountMax !== undefined) out.amountMax = r.amountMax;
  if (r.isFrom) out.isFrom = true;
  return out;
}

/** Folds digits, separators and compatibility forms (`￥`, no-break spaces) into one alphabet. */
export function preparePriceText(raw: string): string {
  return normalizeNumerals(foldMarks((raw ?? '').slice(0, MAX_INPUT).replace(FORMAT_CHARS, '')).normalize('NFKC')).trim();
}

/**
 * Invisible format characters: direction marks around Arabic and Hebrew prices (`129 ر.س` wrapped in U+200F),
 * zero-width spaces and soft hyphens that page scripts put inside numbers (`12<U+200B>990 ₫`).
 */
const FORMAT_CHARS = /\p{Cf}/gu;

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_CENTS = /([.,]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]{2})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])/gu;
const FOOTNOTE = /(^|[^\p{L}\p{M}])[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
const NUMBER_BEFORE = /[\d.,'’]*$/;
/** Apostrophe-like marks Swiss prices group thousands with (`1´049.95`); NFKC would split `´` in two. */
const GROUPING_MARKS = /(?<=\d)[´ʼ′ˈ`](?=\d{3})/gu;

/**
 * Before NFKC turns them into plain digits: two superscript digits after the units are the
 * cents (`12⁹⁹ €`, `$12.⁹⁹`, set small the way shops print them); a superscript after a symbol
 * or a space is a footnote mark (`12,99 €¹`, `ab 9,99 € ²`) and goes. After a letter it stays
 * (`m²`, which NFKC reads as `m2`).
 */
function foldMarks(s: string): string {
  if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹´ʼ′ˈ`]/u.test(s)) return s;
  const digits = (sup: string) => [...sup].map((c) => SUPERSCRIPTS.indexOf(c)).join('');
  const cents = s.replace(SUPERSCRIPT_CENTS, (m, sep: string, sup: string, at: number) => {
    if (!/\d/.test(s[at - 1] ?? '')) return m;
    const mark = sep || (NUMBER_BEFORE.exec(s.slice(Math.max(0, at - 32), at))?.[0].includes('.') ? ',' : '.');
    return `${mark}${digits(sup)}`;
  });
  return cents.replace(FOOTNOTE, '$1').replace(GROUPING_MARKS, "'");
}

interface Pair {
  token: CurrencyToken;
  num: NumberToken;
  gap: number;
}

export function readPrice(raw: string, hint: PriceHint = {}): PriceReading {
  const text = preparePriceText(raw);
  const tokens = findCurrencyTokens(text);
  const nums = amountCandidates(text, tokens);
  const pairs = pairUp(tokens, nums, text);
  const chosen = choosePair(pairs, text);
  // "Price: on request (min. order: 1)": no amount next to a currency, and the words say there is none.
  if (!chosen && ON_REQUEST_RE.test(text)) return { amount: null, currency: hintCurrencyCodes(hint.currency)[0] ?? null, currencyTier: 0, currencyFromHint: true };
  const token = chosen?.token ?? loneToken(tokens, nums.length > 0);
  const hintCodes = hintCurrencyCodes(hint.currency);
  const code = token ? resolveCode(token.codes, [...hintCodes, ...namedElsewhere(tokens, token)], hint.lang) : hintCodes[0] ?? null;
  const num = chosen?.num ?? (token || !looksLikeDate(text) ? nums[0] : undefined);
  const reading: PriceReading = {
    amount: num ? readNumber(num.text, minorUnits(code), num.decimalMark) : null,
    currency: code,
    // A code standing away from the number (`12.99 (USD)`) names the currency but is weak evidence that the text is a price.
    currencyTier: token ? (!chosen && token.tier === 2 && nums.length > 0 ? 1 : token.tier) : 0,
    currencyFromHint: !token && code !== null,
  };
  if (num && reading.amount !== null) {
    reading.amount = withDecimalSymbol(reading.amount, chosen, text, nums);
    if (chosen) reading.amount = withMagnitude(reading.amount, chosen, text);
    addRangeAndFrom(reading, text, num, chosen?.token ?? null, code);
  } else if (!/\d/.test(text) && FREE_RE.test(text)) {
    reading.amount = 0;
  }
  return reading;
}

/**
 * A number glued to a preceding letter is a code (`MX924`, `B0057OC5O8`) unless that letter ends
 * a currency (`EUR29.66`, `R273`); percentages, thresholds (`$49+`), counts (`72 in stock`) and
 * measures (`16.00 ft`, `500 ml`) are never amounts.
 */
function amountCandidates(text: string, tokens: CurrencyToken[]): NumberToken[] {
  const tokenEnds = new Set(tokens.map((t) => t.end));
  return findNumbers(text)
    .map((n) => outsideAbbreviation(n, tokenEnds))
    .filter((n) => isAmountCandidate(n, text, tokenEnds));
}

/**
 * `Rs.1,690`, `Tk.500`, `S/.25`: the dot that ends an abbreviated currency is not a leading
 * decimal point of the number glued to it (`.1,690`), so the number starts after the token.
 */
function outsideAbbreviation(n: NumberToken, tokenEnds: ReadonlySet<number>): NumberToken {
  const dots = /^\.+/.exec(n.text)?.[0].length ?? 0;
  for (let k = dots; k > 0; k--) if (tokenEnds.has(n.start + k)) return { ...n, text: n.text.slice(k), start: n.start + k };
  return n;
}

function isAmountCandidate(n: NumberToken, text: string, tokenEnds: ReadonlySet<number>): boolean {
  const after = text.slice(n.end, n.end + 16);
  if (n.percent || n.threshold || QUANTITY_RE.test(after) || UNIT_RE.test(after)) return false;
  // The character before (two code units: a letter outside the BMP), not the whole prefix: linear.
  if (!LETTER_BEFORE.test(text.slice(Math.max(0, n.start - 2), n.start))) return true;
  return tokenEnds.has(n.start);
}

/** The widest gap gapBetween accepts (`,-- ` before a symbol, ` triệu ` before a word): numbers farther away are not looked at. */
const MAX_GAP = 12;

/**
 * Each currency token with the nearest number it touches (gap of spaces, `:` or `,-` only).
 * Numbers are in text order, so only those within MAX_GAP of the token are tried: a
 * 2,000-character run of signs and digits costs a pass, not tokens × numbers.
 */
function pairUp(tokens: CurrencyToken[], nums: NumberToken[], text: string): Pair[] {
  const pairs: Pair[] = [];
  for (const token of tokens) {
    let best: Pair | null = null;
    for (let i = firstEndingAfter(nums, token.start - MAX_GAP); i < nums.length && nums[i].start <= token.end + MAX_GAP; i++) {
      const num = nums[i];
      const gap = gapBetween(token, num, text);
      if (gap === null) continue;
      if (!best || gap < best.gap) best = { token, num, gap };
    }
    if (best) pairs.push(best);
  }
  return pairs;
}

/** Index of the first number whose end is at or after `pos` (numbers do not overlap, so ends are sorted). */
function firstEndingAfter(nums: NumberToken[], pos: number): number {
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid].end < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function gapBetween(token: CurrencyToken, num: NumberToken, text: string): number | null {
  if (token.end <= num.start) {
    const gap = text.slice(token.end, num.start);
    return /^[\s:.]{0,3}$/.test(gap) && (token.tier > 1 || /^\s?$/.test(gap)) ? gap.length : null;
  }
  if (num.end <= token.start) {
    const gapFrom = (from: number) => {
      const gap = text.slice(from, token.start);
      return /^(?:[.,:/][-–—]{1,2})?\s{0,2}$/.test(gap) || /^[.,]?\s?\*{0,2}\s?$/.test(gap) && token.tier > 1 ? gap.length : null;
    };
    return gapFrom(num.end) ?? (token.start > num.end ? gapFrom(magnitudeEnd(num, text, token.start)) : null);
  }
  return null;
}

/** `169만원`, `2,5 triệu đồng`: where a magnitude word after the number ends (before `limit`), else the number's end. */
function magnitudeEnd(num: NumberToken, text: string, limit: number): number {
  const m = MAGNITUDE_RE.exec(text.slice(num.end, num.end + 16));
  return m && num.end + m[0].length <= limit ? num.end + m[0].length : num.end;
}

/** The amount times the magnitude word written after it (`Rp 250rb`, `169만원`, `$1.5M`). */
function withMagnitude(amount: number, pair: Pair, text: string): number {
  const m = MAGNITUDE_RE.exec(text.slice(pair.num.end, pair.num.end + 16));
  if (!m || (pair.num.end <= pair.token.start && pair.num.end + m[0].length > pair.token.start)) return amount;
  return Math.round(amount * PRICE_MAGNITUDES[m[1]] * 1e6) / 1e6;
}

/** The strongest pair, earliest first, skipping one introduced as the old price when another exists. */
function choosePair(pairs: Pair[], text: string): Pair | null {
  if (!pairs.length) return null;
  const ordered = [...pairs].sort((a, b) => b.token.tier - a.token.tier || a.num.start - b.num.start || a.gap - b.gap);
  const start = (p: Pair) => Math.min(p.token.start, p.num.start);
  const current = ordered.find((p) => !OLD_BEFORE_RE.test(text.slice(Math.max(0, start(p) - 24), start(p))));
  return current ?? ordered[0];
}

/**
 * A currency written away from any number: a symbol, an ISO code in capitals, or any token when
 * there is no number.
 */
function loneToken(tokens: CurrencyToken[], hasNumbers: boolean): CurrencyToken | null {
  const usable = tokens.filter((t) => t.tier === 3 || (t.tier === 2 && (!hasNumbers || isCapitalCode(t))));
  return usable.sort((a, b) => b.tier - a.tier || a.start - b.start)[0] ?? null;
}

/**
 * The currencies other tokens of the string name outright, which settle an ambiguous one:
 * `12 $ CAD`, `CAD 12 $`, `kr 199 (SEK)`. Read after the hint, before the page language.
 */
function namedElsewhere(tokens: CurrencyToken[], token: CurrencyToken): string[] {
  if (token.codes.length < 2) return [];
  return tokens.filter((t) => t !== token && t.codes.length === 1).map((t) => t.codes[0]);
}

/** ISO codes the hint names, best first: `"THB"`, or text like `"Price From £ 39.95"`. */
function hintCurrencyCodes(hint: string | null | undefined): string[] {
  if (!hint) return [];
  const text = preparePriceText(hint);
  const upper = text.toUpperCase();
  if (KNOWN_CODES.has(upper)) return [upper];
  if (LEGACY_CODES[upper]) return [LEGACY_CODES[upper]];
  const tokens = findCurrencyTokens(text);
  const nums = amountCandidates(text, tokens);
  const paired = choosePair(pairUp(tokens, nums, text), text)?.token ?? loneToken(tokens, nums.length > 0);
  if (!paired) return [];
  return [...paired.codes];
}

/**
 * `12€50`, `1250€ 60`, `1250€600`: a symbol glued to the units and followed by the fraction is
 * the decimal mark, the way French and Portuguese shops (and escudo prices) write it.
 */
function withDecimalSymbol(amount: number, pair: Pair | null, text: string, nums: NumberToken[]): number {
  if (!pair || pair.token.tier !== 3 || pair.num.end !== pair.token.start || !Number.isInteger(amount)) return amount;
  const gap = (n: NumberToken) => text.slice(pair.token.end, n.start);
  // Two digits may stand one space away (`1250€ 60`); three must touch (`1250€ 600` is two numbers).
  const fraction = nums.find((n) => n.start >= pair.token.end && (/^\d{2}$/.test(n.text) ? /^\s?$/.test(gap(n)) : /^\d{3}$/.test(n.text) && gap(n) === ''));
  return fraction && !/^\s?\d/.test(text.slice(fraction.end)) ? amount + Number(`0.${fraction.text}`) : amount;
}

function addRangeAndFrom(reading: PriceReading, text: string, num: NumberToken, token: CurrencyToken | null, code: string | null): void {
  const start = Math.min(num.start, token?.start ?? num.start);
  const end = Math.max(num.end, token?.end ?? num.end);
  const max = rangeEnd(text.slice(end), code);
  const min = rangeStart(text.slice(0, start), code);
  if (max !== null && reading.amount !== null && max > reading.amount) reading.amountMax = max;
  else if (min !== null && reading.amount !== null && min < reading.amount) {
    reading.amountMax = reading.amount;
    reading.amount = min;
  }
  if (FROM_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)) || FROM_AFTER_RE.test(text.slice(end))) reading.isFrom = true;
}

/** `- ฿590`, `– 995,00 zł`, ` to $20`: the upper end of a range right after the amount. */
function rangeEnd(rest: string, code: string | null): number | null {
  const m = /^(.{0,12}?)(\.{0,2}\d[\d.,'’\s]*)/su.exec(rest);
  if (!m || !isConnector(m[1])) return null;
  const nums = findNumbers(m[2]);
  return nums.length ? readNumber(nums[0].text, minorUnits(code), nums[0].decimalMark) : null;
}

/** `10.50 - 20.00 USD`: the currency sits on the upper end, the range starts before it. */
function rangeStart(before: string, code: string | null): number | null {
  // The connector and the digit before it sit in the last few characters; an unanchored search
  // with a lazy run over the whole prefix would be quadratic in its length.
  const from = Math.max(0, before.length - RANGE_TAIL);
  const m = /(\d[\d.,'’\s]*?)([^\d]{1,12})$/su.exec(before.slice(from));
  if (!m || !isConnector(m[2])) return null;
  const nums = findNumbers(before.slice(0, from + m.index + m[1].length));
  const last = nums[nums.length - 1];
  return last ? readNumber(last.text, minorUnits(code), last.decimalMark) : null;
}

const RANGE_TAIL = 48;

/** Text between two amounts that joins them as a range, currency tokens aside. */
function isConnector(between: string): boolean {
  const tokens = findCurrencyTokens(between);
  const bare = tokens.reduce((s, t) => s.slice(0, t.start) + ' '.repeat(t.end - t.start) + s.slice(t.end), between);
  return RANGE_CONNECTORS.test(bare);
}
