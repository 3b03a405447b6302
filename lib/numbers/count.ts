/**
 * Social counts as every platform writes them in every locale → integers: `1.2M`, `1,2 Mio.`,
 * `12.3K`, `1.2만`, `3,4천`, `1,2 Tr`, `1.2 พัน`, `2.3 แสน`, `١٫٢ ألف`, `1.2 mil`, `10万`,
 * `1,234 followers`, `12,345`. Trailing words ("followers", "người theo dõi") are ignored.
 */
import { findNumbers, readNumber } from './amount';
import { normalizeNumerals } from './digits';
import { DEFAULT_MAGNITUDES, LANGUAGE_MAGNITUDES } from './magnitudes';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const ALL_WORDS = [...new Set([...Object.keys(DEFAULT_MAGNITUDES), ...Object.values(LANGUAGE_MAGNITUDES).flatMap(Object.keys)])];
const MAGNITUDE = new RegExp(`^\\s?(${ALL_WORDS.sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'iu');
const LATIN = /[A-Za-zÀ-ɏḀ-ỿ]/;
const LETTER = /[\p{L}\p{M}]/u;

/** Parse a count; `lang` picks the reading of letters that differ by language (`B`, `M`). */
export function parseCount(raw: string, lang?: string | null): number | null {
  const text = normalizeNumerals((raw ?? '').slice(0, 300).normalize('NFKC'));
  const nums = findNumbers(text).filter((n) => !n.percent);
  if (!nums.length) return null;
  const first = nums[0];
  let total = 0;
  let cursor = first;
  for (;;) {
    const mag = magnitudeAfter(text.slice(cursor.end), lang);
    if (!mag) {
      if (total === 0) return roundCount(readNumber(cursor.text, 0) ?? NaN);
      return roundCount(total);
    }
    const value = readShortened(cursor.text);
    if (value === null) return null;
    total += value * mag.value;
    // "1만 2천", "1万2千": a smaller magnitude may follow.
    const next = nums.find((n) => n.start >= cursor.end + mag.length && n.start <= cursor.end + mag.length + 1);
    if (!next) return roundCount(total);
    const nextMag = magnitudeAfter(text.slice(next.end), lang);
    if (!nextMag || nextMag.value >= mag.value) return roundCount(total);
    cursor = next;
  }
}

function magnitudeAfter(rest: string, lang: string | null | undefined): { value: number; length: number } | null {
  const m = MAGNITUDE.exec(rest);
  if (!m) return null;
  const word = m[1];
  // A Latin magnitude must end its word: "12 Kommentare" is not 12,000.
  if (LATIN.test(word) && LETTER.test(rest[m[0].length] ?? '')) return null;
  const key = word.toLowerCase();
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  const value = LANGUAGE_MAGNITUDES[base]?.[key] ?? DEFAULT_MAGNITUDES[key];
  return value === undefined ? null : { value, length: m[0].length };
}

/** Before a magnitude, one separator is always the decimal mark: `1,2 Mio.`, `3,4천`, `1.2M`. */
function readShortened(text: string): number | null {
  const seps = text.match(/[.,'’\s]/g) ?? [];
  if (seps.length === 1 && /[.,]/.test(seps[0])) return Number(text.replace(/[.,]/, '.'));
  return readNumber(text, 0);
}

function roundCount(n: number): number | null {
  return Number.isFinite(n) ? Math.round(n) : null;
}
