/**
 * Dates as ad libraries and shops write them, in many languages → ISO `YYYY-MM-DD`:
 * "Started running on 12 Mar 2025", "Mar 12, 2025", "12. März 2025", "12 มี.ค. 2568" (Thai
 * Buddhist era), "2025년 3월 12일", "2025年3月12日", "12 thg 3, 2025", "ngày 12 tháng 3 năm
 * 2025", "١٢ مارس ٢٠٢٥", "12/03/2025" (the language decides day/month order), ISO.
 * Text around the date is allowed; a date without a year is not read (null).
 */
import { normalizeNumerals } from './digits';
import { MONTH_INDEX } from './months';
import { escapeRegExp } from '../text/regexp';

/** Languages (and regions) that write the month first in numeric dates. */
const MONTH_FIRST = new Set(['en-us', 'en-ph', 'en-ca', 'fil', 'en-fm', 'en-pw', 'en-mh', 'en-as', 'en-gu']);
/** Buddhist-era years are 543 ahead; no real Gregorian date on a page is past 2400. */
const BUDDHIST_OFFSET = 543;
const BUDDHIST_MIN = 2400;

const MONTH_NAMES = [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
/** A month name not glued to other letters; `.` after an abbreviation is optional. */
const MONTH = `(?<![\\p{L}])(${MONTH_NAMES})\\.?(?![\\p{L}])`;
const DAY = '(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|e|º|\\.)?';
const YEAR = '(\\d{4})';
const JOIN = '[\\s,.\\-/]*(?:de\\s+|of\\s+|del\\s+)?';

interface Pattern {
  re: RegExp;
  /** Picks year, month, day out of the match. */
  read: (m: RegExpExecArray) => [string, string | number, string];
}

const PATTERNS: readonly Pattern[] = [
  { re: /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/, read: (m) => [m[1], m[2], m[3]] },
  { re: /(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]?/, read: (m) => [m[1], m[2], m[3]] },
  // Year first with dots or slashes; Korean pages space them out: "2025. 3. 12."
  { re: /(\d{4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})(?!\d)/, read: (m) => [m[1], m[2], m[3]] },
  { re: /(\d{1,2})\s*(?:tháng|thg)\s*(\d{1,2})\s*,?\s*(?:năm\s*)?(\d{4})/i, read: (m) => [m[3], m[2], m[1]] },
  { re: new RegExp(`${DAY}${JOIN}${MONTH}${JOIN}${YEAR}`, 'iu'), read: (m) => [m[3], monthOf(m[2]), m[1]] },
  { re: new RegExp(`${MONTH}${JOIN}${DAY}${JOIN}${YEAR}`, 'iu'), read: (m) => [m[3], monthOf(m[1]), m[2]] },
];

const NUMERIC = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)/;
const MONTH_YEAR = new RegExp(`${MONTH}[\\s,.\\-/]*${YEAR}`, 'iu');

function monthOf(name: string): number {
  return MONTH_INDEX.get(name.toLowerCase().replace(/\.$/, '')) ?? MONTH_INDEX.get(name.toLowerCase()) ?? 0;
}

/** Parse a date written in `raw`; `lang` decides 03/04 (month first only for US-style locales). */
export function parseDate(raw: string, lang?: string | null): string | null {
  const text = normalizeNumerals((raw ?? '').slice(0, 500).normalize('NFKC')).replace(/\s+/g, ' ');
  for (const { re, read } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = read(m);
    const iso = isoDate(Number(y), Number(mo), Number(d));
    if (iso) return iso;
  }
  const n = NUMERIC.exec(text);
  if (!n) return null;
  const [a, b] = [Number(n[1]), Number(n[2])];
  const year = expandYear(n[3]);
  const monthFirst = b > 12 || (a <= 12 && MONTH_FIRST.has(normLang(lang)));
  return monthFirst ? isoDate(year, a, b) : isoDate(year, b, a);
}

/**
 * A day and a month alone, the month with its leading zero ("25-09", "3/06"): nobody writes an
 * amount or a range that way (a range rises and drops no zero), so it is a date.
 */
const DAY_MONTH = /^\s*(?:0?[1-9]|[12]\d|3[01])\s*[-/]\s*(?:0[1-9]|1[0-2])\s*$/;

/** True for text that is a date rather than a price: a full date, a month with a year ("July, 2004"), a bare day-month ("25-09"). */
export function looksLikeDate(raw: string): boolean {
  const text = normalizeNumerals(raw.normalize('NFKC'));
  return parseDate(raw) !== null || MONTH_YEAR.test(text) || (DAY_MONTH.test(text) && !ascendingRange(text));
}

/** "05-10" could be a range from 5 to 10; only a bare day-month that does not rise is a date. */
function ascendingRange(text: string): boolean {
  const [a, b] = text.split(/[-/]/).map((p) => Number(p.trim()));
  return /^\s*0/.test(text) && a < b;
}

function normLang(lang: string | null | undefined): string {
  const tag = (lang ?? '').toLowerCase().replace(/_/g, '-');
  return MONTH_FIRST.has(tag) ? tag : tag.split('-')[0];
}

function expandYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function isoDate(year: number, month: number, day: number): string | null {
  const y = year >= BUDDHIST_MIN ? year - BUDDHIST_OFFSET : year;
  if (y < 1900 || y > 2200 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(y, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
