/**
 * Finds currency tokens in text using the tables in currencies.ts, compiled once into a single
 * regular expression (longest token first, so `R$` wins over `R` and `NZD $` over `$`).
 */
import { AMBIGUOUS, CURRENCIES, KNOWN_CODES, LANGUAGE_REGION, REGION_CURRENCY } from './currencies';
import { LEGACY_CODES } from './legacy-currencies';

export { KNOWN_CODES };

/** How much a token says on its own: a symbol anywhere, a word or code next to a number, a letter only touching one. */
export type TokenTier = 3 | 2 | 1;

export interface CurrencyToken {
  text: string;
  start: number;
  end: number;
  /** Candidate ISO codes, the default first. */
  codes: readonly string[];
  tier: TokenTier;
}

interface TokenDef {
  codes: readonly string[];
  tier: TokenTier;
  anyCase: boolean;
  /** A bare ISO code (`eur`, `ALL`), as opposed to a symbol or a name. */
  isCode?: boolean;
}

/** Prefixes written before `$` to say which dollar: `A$`, `US $`, `NZD $`, `CAN$`. */
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: 'USD', USD: 'USD', U: 'USD', A: 'AUD', AU: 'AUD', AUD: 'AUD', C: 'CAD', CA: 'CAD', CAN: 'CAD',
  CAD: 'CAD', CDN: 'CAD', NZ: 'NZD', NZD: 'NZD', HK: 'HKD', HKD: 'HKD', NT: 'TWD', S: 'SGD', SG: 'SGD',
  SGD: 'SGD', MX: 'MXN', MXN: 'MXN', R: 'BRL', AR: 'ARS', CL: 'CLP', COL: 'COP', RD: 'DOP', J: 'JMD',
  TT: 'TTD', BZ: 'BZD', EC: 'XCD', G: 'GYD', GY: 'GYD', FJ: 'FJD', N: 'NAD', L: 'LRD', B: 'BND',
  T: 'TOP', WS: 'WST', SI: 'SBD', Bds: 'BBD', BD: 'BMD', CI: 'KYD', Z: 'ZWL',
};

/** Country letters written after `$` in French and Spanish (`12 $CA`, `12 $ US`, `$AR 1.500`). */
const DOLLAR_SUFFIXES: Readonly<Record<string, string>> = {
  US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', HK: 'HKD', SG: 'SGD', MX: 'MXN', AR: 'ARS', CL: 'CLP',
};

/**
 * Lower-case three-letter words that are also ISO codes; written in lower case they are far more
 * often the word ("shop all", "top 10") than the currency.
 */
const CODE_LOOKALIKES = new Set(['all', 'top', 'cup', 'try', 'mad', 'pen', 'bob', 'gel', 'sos', 'ron', 'bam', 'lak', 'mop', 'mur', 'cop', 'ang', 'bif', 'php', 'dop', 'ars', 'aed']);

/** `руб.`, `грн`, `лв`: Cyrillic abbreviations (two letters or more) are currencies in any case, `РУБ.` too. */
const CYRILLIC_ABBREVIATION = /^\p{Script=Cyrillic}{2,}\.?$/u;

/**
 * Codes that are also words shops write in capitals (`TOP 10`, `TOP SELLER`): read from a hint
 * or structured data, never from the text itself.
 */
const CODES_NOT_IN_TEXT = new Set(['TOP']);

/** Two ASCII letters or fewer read like an abbreviation of anything; they must touch a number. */
const SHORT_LATIN = /^[A-Za-z]{1,2}\.?$/;

/**
 * Tokens matched as written (`Ft`, `vnd`, `R$`) and tokens matched in any case (`euro`, `usd`),
 * kept apart so a code folded to lower case (`VND` → `vnd`) never hides a case-sensitive
 * symbol spelled the same, or the other way round.
 */
interface Table {
  exact: Map<string, TokenDef>;
  folded: Map<string, TokenDef>;
}

function buildTable(): Table {
  const table: Table = { exact: new Map(), folded: new Map() };
  const put = (token: string, codes: readonly string[], tier: TokenTier, inAnyCase: boolean, isCode = false) => {
    const anyCase = inAnyCase || CYRILLIC_ABBREVIATION.test(token);
    const map = anyCase ? table.folded : table.exact;
    const key = anyCase ? token.toLowerCase() : token;
    const prev = map.get(key);
    if (!prev || prev.tier < tier) map.set(key, { codes, tier, anyCase, isCode });
  };
  for (const c of CURRENCIES) {
    for (const s of c.symbols ?? []) put(s, [c.code], SHORT_LATIN.test(s) ? 1 : 3, false);
    for (const w of c.words ?? []) put(w, [c.code], 2, true);
    for (const w of c.weak ?? []) put(w, [c.code], 1, false);
  }
  for (const [token, codes] of Object.entries(AMBIGUOUS)) put(token, codes, SHORT_LATIN.test(token) ? 1 : LETTER.test(token) ? 2 : 3, false);
  for (const [prefix, code] of Object.entries(DOLLAR_PREFIXES)) {
    put(`${prefix}$`, [code], 3, false);
    put(`${prefix} $`, [code], 3, false);
  }
  for (const [suffix, code] of Object.entries(DOLLAR_SUFFIXES)) {
    put(`$${suffix}`, [code], 3, false);
    put(`$ ${suffix}`, [code], 3, false);
  }
  for (const code of KNOWN_CODES) if (!CODES_NOT_IN_TEXT.has(code)) put(code, [code], 2, true, true);
  // Withdrawn codes, written in capitals only, read as today's (`RUR` → RUB); never over a current code.
  for (const [old, now] of Object.entries(LEGACY_CODES)) if (!table.folded.has(old.toLowerCase())) put(old, [now], 2, false, true);
  return table;
}

const LETTER = /[\p{L}\p{M}]/u;
/** Scripts written without spaces between words: a token there needs no word boundary (`29,000원부터`). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const needsBoundary = (edge: string) => LETTER.test(edge) && !UNSPACED.test(edge);
const TABLE = buildTable();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PATTERN = new RegExp(
  [...new Set([...TABLE.exact.keys(), ...TABLE.folded.keys()].map((k) => k.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|'),
  'giu',
);

/** The table's reading of `raw` as written: a case-sensitive token first, then one of any case. */
function lookup(raw: string): TokenDef | undefined {
  return TABLE.exact.get(raw) ?? TABLE.folded.get(raw.toLowerCase());
}

/**
 * Every currency token in `text`, bounded so `р` inside `труба` or `ALL` inside `ALLOY` never count.
 * Where the longest token at a position is not one (`$U` in `12 $US`, glued to a letter), a shorter
 * one starting there may be (`$`): every token matching there is a prefix of the longest.
 */
export function findCurrencyTokens(text: string): CurrencyToken[] {
  const out: CurrencyToken[] = [];
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text))) {
    const start = m.index;
    const token = tokenAt(text, start, m[0].length);
    if (!token) {
      PATTERN.lastIndex = start + 1;
      continue;
    }
    out.push(token);
    PATTERN.lastIndex = token.end;
  }
  return out;
}

/** The longest valid token starting at `start`, no longer than `maxLength`. */
function tokenAt(text: string, start: number, maxLength: number): CurrencyToken | null {
  for (let len = maxLength; len > 0; len--) {
    const raw = text.slice(start, start + len);
    const def = lookup(raw);
    if (!def) continue;
    const end = start + len;
    const bounded = (!needsBoundary(raw[0]) || !LETTER.test(text[start - 1] ?? '')) && (!needsBoundary(raw[raw.length - 1]) || !LETTER.test(text[end] ?? '')) && touchesDigitInsideWord(text, start, end, raw);
    if (bounded && !isLookalike(raw, def)) return { text: raw, start, end, codes: def.codes, tier: def.tier };
  }
  return null;
}

/** `원` inside `회원가입` is a syllable; as a currency it follows (or precedes) a number: `29,000원부터`, `169만원`. */
function touchesDigitInsideWord(text: string, start: number, end: number, raw: string): boolean {
  if (!UNSPACED.test(raw)) return true;
  const glued = LETTER.test(text[start - 1] ?? '') || LETTER.test(text[end] ?? '');
  // A magnitude may stand between: `169만원`, `1.5万元`.
  return !glued || /\d\s?[천만억千万萬億亿]?$/.test(text.slice(Math.max(0, start - 3), start)) || /^\s?\d/.test(text.slice(end, end + 2));
}

/**
 * A code written in capitals is a code; in lower case or capitalised (`usd`, `Eur`, as shops in
 * the Baltics and Balkans write it) it is one unless it is also a common word (`all`, `Top`);
 * any other mix of cases (`eUR`) is not a currency.
 */
function isLookalike(raw: string, def: TokenDef): boolean {
  if (!def.isCode || !/^[a-z]{3}$/i.test(raw) || raw === raw.toUpperCase()) return false;
  return !/^[A-Za-z][a-z]{2}$/.test(raw) || CODE_LOOKALIKES.has(raw.toLowerCase());
}

/**
 * An ISO code written in capitals (`USD`, `EUR`) names the currency wherever it stands in a short
 * string (`12.99 (USD)`, `Price (EUR): 12.99`), unlike a symbol-like letter or a common word (`ALL`).
 */
export function isCapitalCode(token: CurrencyToken): boolean {
  return /^[A-Z]{3}$/.test(token.text) && lookup(token.text)?.isCode === true && !CODE_LOOKALIKES.has(token.text.toLowerCase());
}

/**
 * Picks one ISO code from a token's candidates: an explicit code from the hint wins, then the
 * region of the page language (`en-AU` → AUD for `$`), then the table's default.
 */
export function resolveCode(codes: readonly string[], hintCodes: readonly string[], lang: string | null | undefined): string {
  if (codes.length === 1) return codes[0];
  const fromHint = hintCodes.find((c) => codes.includes(c));
  if (fromHint) return fromHint;
  const region = regionOf(lang);
  const regional = region ? REGION_CURRENCY[region] : undefined;
  return regional && codes.includes(regional) ? regional : codes[0];
}

/** `en-AU` → AU, `zh-Hant-TW` → TW, `ja` → JP (a language tied to one country), `en` → null. */
export function regionOf(lang: string | null | undefined): string | null {
  if (!lang) return null;
  const tag = lang.trim().replace(/_/g, '-').toLowerCase();
  const region = tag.split('-').slice(1).find((p) => /^[a-z]{2}$/.test(p));
  if (region) return region.toUpperCase();
  if (tag === 'zh-hant') return 'TW';
  return LANGUAGE_REGION[tag] ?? LANGUAGE_REGION[tag.split('-')[0]] ?? null;
}
