/**
 * Every decimal digit system shops and social networks write in, folded to ASCII 0-9, so the
 * price, count and date parsers read one alphabet. Each entry is the code point of that
 * script's zero; its nine successors are 1-9.
 */
const ZEROS: Readonly<Record<string, number>> = {
  'arabic-indic': 0x0660,
  'extended-arabic-indic (persian, urdu)': 0x06f0,
  devanagari: 0x0966,
  bengali: 0x09e6,
  thai: 0x0e50,
  lao: 0x0ed0,
  myanmar: 0x1040,
  khmer: 0x17e0,
  fullwidth: 0xff10,
};

const DIGIT_MAP: ReadonlyMap<string, string> = new Map(
  Object.values(ZEROS).flatMap((zero) => Array.from({ length: 10 }, (_, d) => [String.fromCharCode(zero + d), String(d)] as const)),
);
const NON_ASCII_DIGIT = new RegExp(`[${[...DIGIT_MAP.keys()].join('')}]`, 'g');

/** `'١٢٩'` → `'129'`, `'๑,๒๙๐'` → `'1,290'`; other characters are left as they are. */
export function normalizeDigits(s: string): string {
  return s.replace(NON_ASCII_DIGIT, (c) => DIGIT_MAP.get(c)!);
}

/**
 * Arabic writes its decimal separator as U+066B (٫) and thousands as U+066C (٬); full-width
 * forms appear in CJK shops. Folded to '.' and ',' so one grammar reads them all.
 */
export function normalizeSeparators(s: string): string {
  return s.replace(/\u066B/g, '.').replace(/[\u066C\uFF0C]/g, ',').replace(/\uFF0E/g, '.');
}

/** Digits and separators folded in one call: what every number parser should start from. */
export function normalizeNumerals(s: string): string {
  return normalizeSeparators(normalizeDigits(s));
}
