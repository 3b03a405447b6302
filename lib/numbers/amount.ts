/**
 * Numbers as shops write them: finding the digit runs in a string and reading one run with the
 * right decimal separator (`1.290.000`, `1 234,56`, `1,234.56`, `1'049,95`, `.75`, `119. 95`).
 * Input is expected to be normalised already (ASCII digits, see digits.ts; NFKC spaces).
 */

export interface NumberToken {
  text: string;
  start: number;
  end: number;
  /** `-30%`: a percentage, never a price. */
  percent: boolean;
  /** `$49+`: a threshold ("49 or more"), not a price. */
  threshold: boolean;
  /**
   * The mark written after it for "no cents": `,-` or `.–` (which fixes the decimal mark), `:-`
   * (Swedish) or `/-` (Indian); every separator inside the number then groups thousands.
   */
  decimalMark: string | null;
}

/**
 * A digit run with inner separators. Spaces and apostrophes only group thousands; `. 95` (a
 * space after the decimal point) is a typesetting slip seen on real shops. The run is bounded
 * (16 groups of at most 64 digits): a grouping cut short restarts the scan inside the run, so an
 * unbounded run would be re-read from every group of `9'9'9'…` (quadratic in its length).
 */
const RUN = /\.{0,2}\d{1,64}(?:(?:[.,'’]|\.\s(?=\d{2}(?!\d))|\s(?=\d{3}(?!\d)))\d{1,64}){0,16}/g;
const SPACE_LIKE = /[\s'’]/;

/** Every number in `s`, in order. */
export function findNumbers(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(s))) {
    const text = trimGrouping(m[0]);
    const start = m.index;
    const end = start + text.length;
    RUN.lastIndex = end;
    const after = s.slice(end, end + 4);
    out.push({
      text,
      start,
      end,
      percent: /^\s?%/.test(after) || /%\s?$/.test(s.slice(Math.max(0, start - 2), start)),
      threshold: /^\+(?!\s?\d)/.test(after),
      decimalMark: /^[.,:/][-–—]/.test(after) ? after[0] : null,
    });
  }
  return out;
}

/**
 * The regex joins `7 724 134.40 114` greedily; a space only groups thousands before any decimal
 * mark, after a first group of one to three digits and between groups of exactly three.
 */
function trimGrouping(run: string): string {
  const parts = run.split(/(\.\s|[.,'’\s])/);
  let sawPunct = false;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const sep = parts[i];
    const group = parts[i + 1];
    if (SPACE_LIKE.test(sep) && sep.length === 1) {
      const prev = parts[i - 1].replace(/^\.+/, '');
      const prevOk = i === 1 ? prev.length >= 1 && prev.length <= 3 : prev.length === 3;
      if (sawPunct || !prevOk || group.length !== 3) break;
    } else {
      sawPunct = true;
    }
    out += sep + group;
  }
  return out;
}

/**
 * The value of one number token. `minor` is the currency's minor-unit digits: with 3 (KWD,
 * BHD, OMR…) `423.923` is a decimal, otherwise one separator before exactly three digits groups
 * thousands (`29,000`, `1.290`, `Rp 31.500`).
 */
export function readNumber(text: string, minor = 2, decimalMark: string | null = null): number | null {
  const leading = /^\.+/.exec(text)?.[0].length ?? 0;
  const body = text.slice(leading).replace(/\.\s/g, '.');
  const parts = body.split(/([.,'’\s])/);
  const groups = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  if (groups.some((g) => !/^\d+$/.test(g)) || !consistentGrouping(groups, seps)) return null;
  if (leading && seps.length === 0) return Number(`0.${body}`);
  const decimalAt = decimalIndex(groups, seps, minor, decimalMark);
  const intPart = groups.slice(0, decimalAt === -1 ? groups.length : decimalAt + 1).join('');
  const fracPart = decimalAt === -1 ? '' : groups.slice(decimalAt + 1).join('');
  const value = Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  return Number.isFinite(value) ? value : null;
}

/** Index of the separator that marks decimals, or -1 when every separator groups thousands. */
function decimalIndex(groups: string[], seps: string[], minor: number, decimalMark: string | null): number {
  const punct = seps.map((s, i) => ({ s, i })).filter(({ s }) => s === '.' || s === ',');
  if (!punct.length || decimalMark) return -1;
  const last = punct[punct.length - 1];
  const kinds = new Set(punct.map((p) => p.s));
  if (kinds.size > 1) return last.i;
  if (punct.length > 1) return -1;
  const digitsAfter = groups.slice(last.i + 1).join('').length;
  const spaceGrouped = seps.slice(0, last.i).some((s) => SPACE_LIKE.test(s));
  if (spaceGrouped || digitsAfter !== 3) return last.i;
  const intDigits = groups.slice(0, last.i + 1).join('');
  // `0,750`: nothing to group; `1234.567`: a run of four digits or more is never a thousands group.
  if (/^0*$/.test(intDigits) || groups[last.i].length > 3) return last.i;
  return minor === 3 && last.s === '.' ? last.i : -1;
}

/**
 * A separator used more than once groups thousands, so every group after it has three digits;
 * `8.998.99` (a price printed twice, glued) is not a number. Indian shops group the lakh and the
 * crore by two digits above the last three (`1,49,999`, `12,34,567.50`): a comma may do that.
 */
function consistentGrouping(groups: string[], seps: string[]): boolean {
  for (const sep of ['.', ',']) {
    const at = seps.map((s, i) => (s === sep ? i : -1)).filter((i) => i >= 0);
    if (at.length > 1 && at.some((i) => groups[i + 1].length !== 3) && !(sep === ',' && indianGrouping(groups, at))) return false;
  }
  return true;
}

/** `1,49,999`: a first group of one or two digits, then groups of two, then the last three. */
function indianGrouping(groups: string[], at: number[]): boolean {
  const first = groups[at[0]].replace(/^\.+/, '');
  const last = at[at.length - 1];
  return first.length <= 2 && at.every((i, k) => k === 0 || i === at[k - 1] + 1) && at.every((i) => groups[i + 1].length === (i === last ? 3 : 2));
}
