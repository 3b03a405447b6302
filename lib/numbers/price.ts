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
import { KNOWN_CODES, findCurrencyTokens, resolveCode, type CurrencyToken, type TokenTier } from './currency-match';
import { looksLikeDate } from './date';
import { LEGACY_CODES } from './legacy-currencies';
import { normalizeNumerals } from './digits';
import { FREE_WORDS, FROM_AFTER, FROM_BEFORE, OLD_PRICE_BEFORE, ON_REQUEST_WORDS, QUANTITY_AFTER, RANGE_CONNECTORS, wordsAfter, wordsAnywhere, wordsBefore } from './price-words';

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
  return normalizeNumerals((raw ?? '').slice(0, MAX_INPUT).normalize('NFKC')).trim();
}

interface Pair {
  token: CurrencyToken;
  num: NumberToken;
  gap: number;
}

export function readPrice(raw: string, hint: PriceHint = {}): PriceReading {
  const text = preparePriceText(raw);
  const tokens = findCurrencyTokens(text);
  const nums = findNumbers(text).filter((n) => isAmountCandidate(n, text, tokens));
  const pairs = pairUp(tokens, nums, text);
  const chosen = choosePair(pairs, text);
  // "Price: on request (min. order: 1)": no amount next to a currency, and the words say there is none.
  if (!chosen && ON_REQUEST_RE.test(text)) return { amount: null, currency: hintCurrencyCodes(hint.currency)[0] ?? null, currencyTier: 0, currencyFromHint: true };
  const token = chosen?.token ?? loneToken(tokens, nums.length > 0);
  const hintCodes = hintCurrencyCodes(hint.currency);
  const code = token ? resolveCode(token.codes, hintCodes, hint.lang) : hintCodes[0] ?? null;
  const num = chosen?.num ?? (token || !looksLikeDate(text) ? nums[0] : undefined);
  const reading: PriceReading = {
    amount: num ? readNumber(num.text, minorUnits(code), num.decimalMark) : null,
    currency: code,
    currencyTier: token?.tier ?? 0,
    currencyFromHint: !token && code !== null,
  };
  if (num && reading.amount !== null) {
    reading.amount = withDecimalSymbol(reading.amount, chosen, text, nums);
    addRangeAndFrom(reading, text, num, chosen?.token ?? null, code);
  } else if (!/\d/.test(text) && FREE_RE.test(text)) {
    reading.amount = 0;
  }
  return reading;
}

/**
 * A number glued to a preceding letter is a code (`MX924`, `B0057OC5O8`) unless that letter ends
 * a currency (`EUR29.66`, `R273`); percentages, thresholds (`$49+`) and counts (`72 in stock`)
 * are never amounts.
 */
function isAmountCandidate(n: NumberToken, text: string, tokens: CurrencyToken[]): boolean {
  if (n.percent || n.threshold || QUANTITY_RE.test(text.slice(n.end, n.end + 16))) return false;
  if (!LETTER_BEFORE.test(text.slice(0, n.start))) return true;
  return tokens.some((t) => t.end === n.start);
}

/** Each currency token with the nearest number it touches (gap of spaces, `:` or `,-` only). */
function pairUp(tokens: CurrencyToken[], nums: NumberToken[], text: string): Pair[] {
  const pairs: Pair[] = [];
  for (const token of tokens) {
    let best: Pair | null = null;
    for (const num of nums) {
      const gap = gapBetween(token, num, text);
      if (gap === null) continue;
      if (!best || gap < best.gap) best = { token, num, gap };
    }
    if (best) pairs.push(best);
  }
  return pairs;
}

function gapBetween(token: CurrencyToken, num: NumberToken, text: string): number | null {
  if (token.end <= num.start) {
    const gap = text.slice(token.end, num.start);
    return /^[\s:.]{0,3}$/.test(gap) && (token.tier > 1 || /^\s?$/.test(gap)) ? gap.length : null;
  }
  if (num.end <= token.start) {
    const gap = text.slice(num.end, token.start);
    return /^(?:[.,][-–—]{1,2})?\s{0,2}$/.test(gap) || /^[.,]?\s?\*{0,2}\s?$/.test(gap) && token.tier > 1 ? gap.length : null;
  }
  return null;
}

/** The strongest pair, earliest first, skipping one introduced as the old price when another exists. */
function choosePair(pairs: Pair[], text: string): Pair | null {
  if (!pairs.length) return null;
  const ordered = [...pairs].sort((a, b) => b.token.tier - a.token.tier || a.num.start - b.num.start || a.gap - b.gap);
  const start = (p: Pair) => Math.min(p.token.start, p.num.start);
  const current = ordered.find((p) => !OLD_BEFORE_RE.test(text.slice(Math.max(0, start(p) - 24), start(p))));
  return current ?? ordered[0];
}

/** A currency written away from any number: only a symbol, or any token when there is no number. */
function loneToken(tokens: CurrencyToken[], hasNumbers: boolean): CurrencyToken | null {
  const usable = tokens.filter((t) => t.tier === 3 || (!hasNumbers && t.tier === 2));
  return usable.sort((a, b) => b.tier - a.tier || a.start - b.start)[0] ?? null;
}

/** ISO codes the hint names, best first: `"THB"`, or text like `"Price From £ 39.95"`. */
function hintCurrencyCodes(hint: string | null | undefined): string[] {
  if (!hint) return [];
  const text = preparePriceText(hint);
  const upper = text.toUpperCase();
  if (KNOWN_CODES.has(upper)) return [upper];
  if (LEGACY_CODES[upper]) return [LEGACY_CODES[upper]];
  const tokens = findCurrencyTokens(text);
  const nums = findNumbers(text).filter((n) => isAmountCandidate(n, text, tokens));
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
  const m = /(\d[\d.,'’\s]*?)([^\d]{1,12})$/su.exec(before);
  if (!m || !isConnector(m[2])) return null;
  const nums = findNumbers(before.slice(0, m.index + m[1].length));
  const last = nums[nums.length - 1];
  return last ? readNumber(last.text, minorUnits(code), last.decimalMark) : null;
}

/** Text between two amounts that joins them as a range, currency tokens aside. */
function isConnector(between: string): boolean {
  const tokens = findCurrencyTokens(between);
  const bare = tokens.reduce((s, t) => s.slice(0, t.start) + ' '.repeat(t.end - t.start) + s.slice(t.end), between);
  return RANGE_CONNECTORS.test(bare);
}
