/**
 * ISO 4217 codes withdrawn by a redenomination or a renaming, and the code that replaced them.
 * Shops and feeds keep writing the old ones for years (`RUR` on Russian shops, `BYR`, `TRL`),
 * and a price in "RUR" is a price in roubles today. Currencies that were replaced by another
 * country's (a national currency by the euro) are not renamings and are not listed.
 */
export const LEGACY_CODES: Readonly<Record<string, string>> = {
  RUR: 'RUB', // Russian rouble, 1998
  BYR: 'BYN', // Belarusian rouble, 2016
  BYB: 'BYN',
  TRL: 'TRY', // Turkish lira, 2005
  ROL: 'RON', // Romanian leu, 2005
  BGL: 'BGN', // Bulgarian lev, 1999
  PLZ: 'PLN', // Polish złoty, 1995
  UAK: 'UAH', // Ukrainian karbovanets, 1996
  MXP: 'MXN', // Mexican peso, 1993
  VEB: 'VES', // Venezuelan bolívar, 2008 and 2018
  VEF: 'VES',
  GHC: 'GHS', // Ghanaian cedi, 2007
  ZMK: 'ZMW', // Zambian kwacha, 2013
  MRO: 'MRU', // Mauritanian ouguiya, 2018
  STD: 'STN', // São Tomé dobra, 2018
  AZM: 'AZN', // Azerbaijani manat, 2006
  TMM: 'TMT', // Turkmen manat, 2009
  SDD: 'SDG', // Sudanese dinar → pound, 2007
  CSD: 'RSD', // Serbian dinar, 2006
  YUM: 'RSD',
  MGF: 'MGA', // Malagasy franc → ariary, 2005
  SRG: 'SRD', // Surinamese guilder → dollar, 2004
  ZWD: 'ZWL', // Zimbabwean dollar, 2009
  MZM: 'MZN', // Mozambican metical, 2006
  CNH: 'CNY', // offshore renminbi: the same money
  RMB: 'CNY', // written as a code though it is not one
  NIS: 'ILS', // likewise for the shekel
};

/** The code in use today for `code` (upper-cased); the code itself when it was never withdrawn. */
export function currentCode(code: string): string {
  const upper = code.toUpperCase();
  return LEGACY_CODES[upper] ?? upper;
}
