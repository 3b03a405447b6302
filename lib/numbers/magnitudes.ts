/**
 * Magnitude words that shorten social counts, per language: `1.2M`, `1,2 Mio.`, `1.2만`,
 * `2.3 แสน`, `١٫٢ ألف`, `1,2 Tr`, `1,2 jt`. Keys are matched case-insensitively.
 * DEFAULT holds the readings every language shares; a language's own table overrides it where
 * the same letters mean something else (Turkish `B` is bin = thousand, Indonesian `M` is miliar).
 */
export const DEFAULT_MAGNITUDES: Readonly<Record<string, number>> = {
  // en and most Latin-script interfaces
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, millions: 1e6, b: 1e9, bn: 1e9, billion: 1e9, t: 1e12,
  // de
  tsd: 1e3, 'tsd.': 1e3, tausend: 1e3, mio: 1e6, 'mio.': 1e6, millionen: 1e6, mrd: 1e9, 'mrd.': 1e9, milliarden: 1e9,
  // fr, it, es, pt
  mille: 1e3, mila: 1e3, md: 1e9, milliard: 1e9, milliards: 1e9, mln: 1e6, mld: 1e9, mil: 1e3,
  'mill.': 1e6, millones: 1e6, millón: 1e6, mi: 1e6, milhões: 1e6, milhão: 1e6, bi: 1e9,
  // vi
  n: 1e3, nghìn: 1e3, ngàn: 1e3, tr: 1e6, triệu: 1e6, tỷ: 1e9,
  // th
  พัน: 1e3, หมื่น: 1e4, แสน: 1e5, ล้าน: 1e6,
  // ko
  천: 1e3, 만: 1e4, 억: 1e8,
  // ja, zh
  千: 1e3, 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8,
  // ar
  ألف: 1e3, الف: 1e3, آلاف: 1e3, ك: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9,
  // id, ms
  rb: 1e3, ribu: 1e3, jt: 1e6, juta: 1e6, miliar: 1e9,
  // ru, uk, pl
  тыс: 1e3, 'тыс.': 1e3, млн: 1e6, млрд: 1e9, тис: 1e3, 'тис.': 1e3, tys: 1e3, 'tys.': 1e3,
  // hi
  हज़ार: 1e3, हजार: 1e3, लाख: 1e5, करोड़: 1e7,
};

/** Per-language readings that differ from DEFAULT_MAGNITUDES. */
export const LANGUAGE_MAGNITUDES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  tr: { b: 1e3, bin: 1e3, mn: 1e6, mr: 1e9, milyon: 1e6, milyar: 1e9 },
  id: { m: 1e9, b: 1e9 },
  ms: { j: 1e6, b: 1e9 },
  vi: { t: 1e9, k: 1e3 },
  es: { 'mil m': 1e9, mm: 1e6 },
};
