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
};

/**
 * Lower-case three-letter words that are also ISO codes; written in lower case they are far more
 * often the word ("shop all", "top 10") than the currency.
 */
const CODE_LOOKALIKES = new Set(['all', 'top', 'cup', 'try', 'mad', 'pen', 'bob', 'gel', 'sos', 'ron', 'bam', 'lak', 'mop', 'mur', 'cop', 'ang', 'bif', 'php', 'dop', 'ars', 'aed']);

/** Two ASCII letters or fewer read like an abbreviation of anything; they must touch a number. */
const SHORT_LATIN = /^[A-Za-z]{1,2}\.?$/;

function buildTable(): Map<string, TokenDef> {
  const table = new Map<string, TokenDef>();
  const put = (token: string, codes: readonly string[], tier: TokenTier, anyCase: boolean, isCode = false) => {
    const key = anyCase ? token.toLowerCase() : token;
    const prev = table.get(key);
    if (!prev || prev.tier < tier) table.set(key, { codes, tier, anyCase, isCode });
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
  for (const code of KNOWN_CODES) put(code, [code], 2, true, true);
  // Withdrawn codes, written in capitals only, read as today's (`RUR` → RUB); never over a current code.
  for (const [old, now] of Object.entries(LEGACY_CODES)) if (!table.has(old.toLowerCase())) put(old, [now], 2, false, true);
  return table;
}

const LETTER = /[\p{L}\p{M}]/u;
/** Scripts written without spaces between words: a token there needs no word boundary (`29,000원부터`). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const needsBoundary = (edge: string) => LETTER.test(edge) && !UNSPACED.test(edge);
const TABLE = buildTable();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PATTERN = new RegExp(
  [...new Set([...TABLE.keys()].map((k) => k.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|'),
  'giu',
);

/** Every currency token in `text`, bounded so `р` inside `труба` or `ALL` inside `ALLOY` never count. */
export function findCurrencyTokens(text: string): CurrencyToken[] {
  const out: CurrencyToken[] = [];
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text))) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const def = TABLE.get(raw) ?? TABLE.get(raw.toLowerCase());
    const exactOk = def && (def.anyCase || TABLE.get(raw) === def);
    const bounded = (!needsBoundary(raw[0]) || !LETTER.test(text[start - 1] ?? '')) && (!needsBoundary(raw[raw.length - 1]) || !LETTER.test(text[end] ?? '')) && touchesDigitInsideWord(text, start, end, raw);
    if (!def || !exactOk || !bounded || isLookalike(raw, def)) {
      PATTERN.lastIndex = start + 1;
      continue;
    }
    out.push({ text: raw, start, end, codes: def.codes, tier: def.tier });
  }
  return out;
}

/** `원` inside `회원가입` is a syllable; as a currency it follows (or precedes) a number: `29,000원부터`. */
function touchesDigitInsideWord(text: string, start: number, end: number, raw: string): boolean {
  if (!UNSPACED.test(raw)) return true;
  const glued = LETTER.test(text[start - 1] ?? '') || LETTER.test(text[end] ?? '');
  return !glued || /\d\s?$/.test(text.slice(Math.max(0, start - 2), start)) || /^\s?\d/.test(text.slice(end, end + 2));
}

function isLookalike(raw: string, def: TokenDef): boolean {
  if (!def.isCode || !/^[a-z]{3}$/i.test(raw)) return false;
  return raw !== raw.toUpperCase() && (CODE_LOOKALIKES.has(raw.toLowerCase()) || raw[0] === raw[0].toUpperCase());
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
