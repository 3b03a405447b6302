/**
 * Currencies as data: ISO 4217 codes, the symbols, abbreviations and local names shops write,
 * and the decimal places of each minor unit. The price parser compiles these tables once.
 *
 * - `symbols` are matched as written (case matters: `Ft` is forint, `ft` is feet), except
 *   Cyrillic abbreviations of two letters or more, which shops also write in capitals (`РУБ.`, `ГРН`).
 * - `words` are matched in any case (`euro`, `EURO`, `рублей`).
 * - `weak` tokens are single letters or short abbreviations that only count as a currency when
 *   they touch a number (`R273.00`, `200 Q`), never on their own in running text.
 * A token that names several currencies lives in AMBIGUOUS instead, resolved by hint or language.
 */
export interface CurrencyDef {
  code: string;
  /** Decimal places of the minor unit; 2 when omitted. */
  minor?: number;
  symbols?: string[];
  words?: string[];
  weak?: string[];
}

export const CURRENCIES: readonly CurrencyDef[] = [
  // Europe
  { code: 'EUR', symbols: ['€'], words: ['euro', 'euros', 'евро', 'eur.', 'يورو'] },
  // "pound(s)" is left out: after a number it is far more often a weight ("0.2 pounds").
  { code: 'GBP', symbols: ['£', '₤', 'GB£', 'GBp'], words: ['stg', 'sterling'] },
  { code: 'CHF', symbols: ['SFr.', 'SFr', 'sFr.', 'sFr', 'Fr.sv.', 'CHf'], words: ['chf'] },
  { code: 'CZK', symbols: ['Kč', 'KČ', 'kč', 'Kc'], words: ['korun', 'koruna'] },
  { code: 'PLN', symbols: ['zł', 'Zł', 'zl', 'ZŁ'], words: ['złotych', 'złote', 'złoty', 'zloty'] },
  { code: 'HUF', symbols: ['Ft', 'FT'], words: ['forint'] },
  { code: 'RON', symbols: ['lei', 'Lei', 'LEI', 'leu'] },
  { code: 'BGN', symbols: ['лв.', 'лв', 'Лв.'], words: ['лева'] },
  { code: 'RUB', symbols: ['₽', 'Р', 'р.', 'руб.', 'руб', 'Руб.', 'Руб', 'RUR'], words: ['рублей', 'рубля', 'рубль', 'rbl', 'рубли', 'روبل'], weak: ['р'] },
  { code: 'UAH', symbols: ['₴', 'грн.', 'грн', 'Грн', 'hrn', 'hrn.'], words: ['гривень', 'гривен', 'гривня'] },
  { code: 'BYN', symbols: ['Br', 'бел. руб.'] },
  { code: 'RSD', symbols: ['дин.', 'дин', 'Дин', 'Дин.', 'din.', 'din'], words: ['dinara', 'динара'] },
  { code: 'MKD', symbols: ['ден', 'ДЕН', 'ден.'] },
  { code: 'BAM', symbols: ['KM', 'км', 'КМ'] },
  { code: 'TRY', symbols: ['₺', 'TL', 'YTL', 'ل.ت'], words: ['ليرة تركية'] },
  { code: 'GEL', symbols: ['₾', 'ლ'], words: ['lari', 'ლარი'] },
  { code: 'AMD', symbols: ['֏', 'դր.'], words: ['դրամ'] },
  { code: 'AZN', symbols: ['₼', 'ман.', 'ман'] },
  { code: 'TMT' },
  { code: 'TJS', symbols: ['ЅМ', 'смн'], words: ['сомони', 'сомонӣ', 'somoni'] },
  { code: 'KZT', symbols: ['₸', 'тг', 'тнг'], words: ['тенге'] },
  { code: 'UZS', symbols: ["so'm", 'soʻm', 'Sʻ', "S'", 'сўм'], words: ['сум'] },
  { code: 'KGS', symbols: ['⃀', 'сом'], weak: ['с'] },
  { code: 'MDL', words: ['lei moldovenești'] },
  { code: 'ALL', symbols: ['Lekë', 'Lek'] },
  { code: 'ISK', minor: 0, symbols: ['ISK'] },
  // Historic European codes still seen on old pages
  { code: 'DEM', symbols: ['DM'] },
  { code: 'PTE', symbols: ['Esc.'] },
  { code: 'ITL', minor: 0, words: ['lire'] },
  { code: 'FRF', symbols: ['₣'] },
  { code: 'ESP', minor: 0, symbols: ['₧', 'Pts', 'Pta', 'Ptas'] },
  { code: 'NLG', symbols: ['ƒ'] },
  { code: 'BEF', minor: 0 },
  { code: 'ATS', symbols: ['öS'] },
  { code: 'FIM', symbols: ['mk'] },
  { code: 'IEP' },
  { code: 'GRD', minor: 0, symbols: ['₯'] },
  { code: 'HRK', symbols: ['kn', 'Kn'], words: ['kuna'] }, // replaced by the euro in 2023
  { code: 'LVL', symbols: ['Ls'] },
  { code: 'LTL', symbols: ['Lt'] },
  { code: 'SKK', symbols: ['Sk'] },
  { code: 'EEK' },
  { code: 'SIT' },
  { code: 'CYP' },
  { code: 'MTL', symbols: ['Lm'] },
  { code: 'LUF', minor: 0 },
  // Americas
  { code: 'USD', symbols: ['US$', 'U$S', 'USD$'], words: ['dollars', 'dollar', 'دولار', 'دولار أمريكي'] },
  { code: 'CAD', symbols: ['C$', 'CA$', 'CAN$', 'CAD$', 'Can$'] },
  { code: 'MXN', symbols: ['MX$', 'Mex$', 'MXN$', 'M.N.'], words: ['pesos mexicanos'] },
  { code: 'BRL', symbols: ['R$'], words: ['reais', 'real'] },
  { code: 'ARS', symbols: ['AR$', 'ARS$'] },
  { code: 'CLP', minor: 0, symbols: ['CLP$', 'CL$'] },
  { code: 'COP', minor: 0, symbols: ['COL$', 'Col$', 'COP$'] },
  { code: 'PEN', symbols: ['S/.', 'S/'], words: ['soles'] },
  { code: 'UYU', symbols: ['$U', 'UYU$'] },
  { code: 'BOB', symbols: ['$b', 'Bs.', 'Bs'] },
  { code: 'PYG', minor: 0, symbols: ['₲', 'Gs.', 'Gs'] },
  { code: 'VES', symbols: ['Bs.S', 'Bs.F'] },
  { code: 'DOP', symbols: ['RD$'] },
  { code: 'JMD', symbols: ['J$', 'JA$'] },
  { code: 'TTD', symbols: ['TT$'] },
  { code: 'BZD', symbols: ['BZ$'] },
  { code: 'XCD', symbols: ['EC$'] },
  { code: 'GYD', symbols: ['G$', 'GY$'] },
  { code: 'NIO', words: ['córdobas'] },
  { code: 'CRC', symbols: ['₡'] },
  { code: 'CUP', symbols: ['$MN'] },
  { code: 'CUC' },
  { code: 'PAB', symbols: ['B/.'], words: ['balboa', 'balboas'] },
  { code: 'AWG', symbols: ['Afl.', 'Afl'] },
  { code: 'ANG', symbols: ['NAf.', 'NAf'] },
  { code: 'SVC' },
  { code: 'GTQ', weak: ['Q', 'q'] },
  { code: 'HNL', weak: ['L'] },
  { code: 'HTG', weak: ['G'] },
  // Asia-Pacific
  { code: 'JPY', minor: 0, symbols: ['円', 'JP¥', '¥JP'], words: ['yen'] },
  { code: 'CNY', symbols: ['元', '人民币', 'RMB', 'CN¥', '圆'], words: ['yuan', 'renminbi'] },
  { code: 'KRW', minor: 0, symbols: ['₩', '원'] },
  { code: 'TWD', minor: 0, symbols: ['NT$', 'NTD', '圓', '新台幣'], weak: ['NT'] },
  { code: 'HKD', symbols: ['HK$', '港幣', '港元'] },
  { code: 'SGD', symbols: ['S$', 'SG$', 'SGD$'] },
  { code: 'AUD', symbols: ['A$', 'AU$', 'AUD$'] },
  { code: 'NZD', symbols: ['NZ$', 'NZD$'] },
  { code: 'THB', symbols: ['฿'], words: ['บาท', 'baht'] },
  { code: 'VND', minor: 0, symbols: ['₫', 'đ', 'Đ', 'VNĐ', 'VNđ', 'vnđ', 'vnd'], words: ['đồng', 'dong'] },
  { code: 'IDR', minor: 0, symbols: ['Rp', 'Rp.', 'RP', 'RP.', 'rp', 'rp.'], words: ['rupiah'] },
  { code: 'MYR', symbols: ['RM'], words: ['ringgit'] },
  { code: 'PHP', symbols: ['₱', 'PhP', 'Php'], words: ['peso', 'pesos', 'piso'] },
  { code: 'INR', symbols: ['₹', 'Rs.', 'Rs', 'RS.', 'RS', 'rs.', 'rs', 'रु', '₨', '௹', '૱'], words: ['rupees', 'rupee'], weak: ['Re', 'Re.'] },
  { code: 'LKR', symbols: ['රු', 'ரூ'] },
  { code: 'PKR', words: ['روپے', 'روپیہ', 'روپیه'] },
  { code: 'NPR', symbols: ['रू'] },
  { code: 'BDT', symbols: ['৳', 'Tk', 'Tk.', 'টাকা'] },
  { code: 'MMK', symbols: ['Ks', 'ကျပ်'] },
  { code: 'KHR', minor: 0, symbols: ['៛'] },
  { code: 'LAK', minor: 0, symbols: ['₭'] },
  { code: 'MNT', symbols: ['₮'] },
  { code: 'BTN', symbols: ['Nu.'], weak: ['Nu'] },
  { code: 'MVR', symbols: ['Rf', 'ރ.'] },
  { code: 'VUV', minor: 0, symbols: ['VT'], weak: ['Vt'] },
  { code: 'PGK', weak: ['K'] },
  { code: 'FJD', symbols: ['FJ$'] },
  { code: 'TOP', symbols: ['T$'], words: ['paʻanga'] },
  { code: 'WST', symbols: ['WS$'], words: ['tala'] },
  { code: 'SBD', symbols: ['SI$'] },
  { code: 'BND' },
  { code: 'KPW' },
  // Middle East and North Africa
  { code: 'ILS', symbols: ['₪', 'ש״ח', 'ש"ח', "ש'ח", 'ש׳ח', 'ש’ח', "ש''ח", 'ש.ח', 'שח', 'ش.ج'], words: ['nis', 'shekel', 'shekels', 'שקל', 'שקלים'] },
  { code: 'SAR', symbols: ['ر.س', 'ر.س.', '﷼', 'SR'], words: ['ريال سعودي'] },
  { code: 'AED', symbols: ['د.إ', 'د.إ.', 'Dhs', 'Dh', 'DHS'], words: ['درهم إماراتي'] },
  { code: 'QAR', symbols: ['ر.ق', 'ر.ق.', 'QR'], words: ['ريال قطري'] },
  { code: 'KWD', minor: 3, symbols: ['د.ك', 'د.ك.', 'KD'], words: ['دينار كويتي'] },
  { code: 'BHD', minor: 3, symbols: ['.د.ب', 'د.ب', 'د.ب.', 'BD'], words: ['دينار بحريني'] },
  { code: 'OMR', minor: 3, symbols: ['ر.ع', 'ر.ع.'], words: ['ريال عماني'] },
  { code: 'JOD', minor: 3, symbols: ['د.أ', 'د.ا', 'د.أ.', 'JD'], words: ['دينار أردني'] },
  { code: 'IQD', minor: 3, symbols: ['ع.د', 'د.ع', 'ID'], words: ['دينار عراقي'] },
  { code: 'LYD', minor: 3, symbols: ['ل.د', 'د.ل', 'LD'], words: ['دينار ليبي'] },
  { code: 'TND', minor: 3, symbols: ['د.ت', 'د.ت.', 'DT'], words: ['دينار تونسي'] },
  { code: 'DZD', symbols: ['د.ج', 'دج', 'DA'], words: ['دينار جزائري'] },
  { code: 'MAD', symbols: ['د.م', 'د.م.', 'DH'], words: ['dirham', 'dirhams', 'درهم مغربي'] },
  { code: 'EGP', symbols: ['ج.م', 'ج.م.', 'E£', '£E', 'LE', 'L.E.', 'L.E'], words: ['جنيه مصري'] },
  { code: 'SDG', symbols: ['ج.س', 'ج.س.'], words: ['جنيه سوداني'] },
  { code: 'SYP', symbols: ['ل.س', 'ل.س.'], words: ['ليرة سورية'] },
  { code: 'LBP', symbols: ['ل.ل', 'ل.ل.', 'LL', 'L.L.'], words: ['ليرة لبنانية'] },
  { code: 'YER', symbols: ['ر.ي', 'ر.ي.'], words: ['ريال يمني'] },
  { code: 'IRR', minor: 0, symbols: ['ریال', 'تومان', 'تومن'], words: ['toman', 'rial', 'ريال إيراني'] },
  { code: 'AFN', symbols: ['؋', 'Af'], words: ['افغانی', 'أفغاني'] },
  // Sub-Saharan Africa
  { code: 'ZAR', symbols: ['ZAR'], weak: ['R'] },
  { code: 'NGN', symbols: ['₦'], words: ['naira'] },
  { code: 'GHS', symbols: ['₵', 'GH₵', 'GH¢'], words: ['cedi', 'cedis'] },
  { code: 'KES', symbols: ['KSh', 'KShs', 'Ksh', 'Kshs', 'KSh.', 'Ksh.', 'Kshs.'] },
  { code: 'UGX', minor: 0, symbols: ['USh', 'UShs'] },
  { code: 'TZS', symbols: ['TSh', 'TShs'] },
  { code: 'RWF', minor: 0, symbols: ['FRw', 'RF', 'R₣', 'RWF'] },
  { code: 'BIF', minor: 0, symbols: ['FBu', 'Fbu'] },
  { code: 'ETB', symbols: ['ብር'], words: ['birr'] },
  { code: 'ERN', symbols: ['ናቕፋ', 'نافكا', 'Nfk'] },
  { code: 'MGA', minor: 0, symbols: ['Ar'] },
  { code: 'MZN', symbols: ['MT', 'MTn'] },
  { code: 'AOA', symbols: ['Kz', 'kwz'] },
  { code: 'GNF', minor: 0, symbols: ['FG', 'GFr'] },
  { code: 'CVE', symbols: ['Esc'] },
  { code: 'CDF', symbols: ['FC'] },
  { code: 'DJF', minor: 0, symbols: ['Fdj'] },
  { code: 'KMF', minor: 0, symbols: ['CF'] },
  { code: 'STN', symbols: ['Db'] },
  { code: 'MRU', symbols: ['UM'] },
  { code: 'SCR', symbols: ['SRe'] },
  { code: 'MWK', symbols: ['MK'] },
  { code: 'ZMW', symbols: ['ZK'] },
  { code: 'SSP' },
  { code: 'SLL' },
  { code: 'ZWL' },
  { code: 'ZWG', symbols: ['ZiG'] },
  { code: 'BWP', weak: ['P'] },
  { code: 'SZL', symbols: ['SZL'], weak: ['E'] },
  { code: 'GMD', weak: ['D'] },
  { code: 'SLE', symbols: ['Le'], weak: ['Sl'] },
  { code: 'XOF', minor: 0, symbols: ['CFA', 'FCFA'] },
  { code: 'XAF', minor: 0 },
  { code: 'XPF', minor: 0, symbols: ['CFP'] },
];

/**
 * Tokens that several currencies share. The first code is the default when neither the hint
 * nor the page language decides; the others are what a regional shop may mean.
 */
export const AMBIGUOUS: Readonly<Record<string, readonly string[]>> = {
  $: ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD', 'MXN', 'ARS', 'CLP', 'COP', 'UYU', 'BRL', 'FJD', 'JMD', 'TTD', 'BZD', 'XCD', 'GYD', 'NAD', 'LRD', 'SBD', 'BSD', 'BBD', 'BMD', 'KYD'],
  kr: ['SEK', 'NOK', 'DKK', 'ISK'],
  'kr.': ['DKK', 'SEK', 'NOK', 'ISK'],
  Kr: ['SEK', 'NOK', 'DKK', 'ISK'],
  KR: ['SEK', 'NOK', 'DKK', 'ISK'],
  'Kr.': ['DKK', 'SEK', 'NOK', 'ISK'],
  'KR.': ['DKK', 'SEK', 'NOK', 'ISK'],
  '¥': ['JPY', 'CNY'],
  '￥': ['JPY', 'CNY'],
  'Fr.': ['CHF', 'XOF', 'XAF'],
  Fr: ['CHF', 'XOF', 'XAF'],
  franc: ['CHF', 'XOF', 'XAF', 'CDF', 'GNF', 'RWF', 'BIF', 'DJF', 'KMF'],
  francs: ['CHF', 'XOF', 'XAF', 'CDF', 'GNF', 'RWF', 'BIF', 'DJF', 'KMF'],
  ريال: ['SAR', 'QAR', 'OMR', 'YER', 'IRR'],
  درهم: ['AED', 'MAD'],
  جنيه: ['EGP', 'SDG', 'GBP'],
  دينار: ['KWD', 'JOD', 'BHD', 'IQD', 'LYD', 'TND', 'DZD'],
  'د.': ['KWD', 'JOD', 'BHD', 'IQD', 'LYD', 'TND', 'DZD', 'AED', 'MAD'],
  som: ['UZS', 'KGS'],
  Rbl: ['RUB', 'BYN'],
  'р.': ['RUB', 'BYN'],
  K: ['PGK', 'MMK', 'ZMW', 'MWK'],
  L: ['HNL', 'ALL', 'LSL', 'MDL', 'RON', 'ITL'],
  'L.': ['HNL', 'ALL', 'LSL', 'MDL', 'RON', 'ITL'],
  P: ['BWP', 'PHP', 'MOP'],
  manat: ['AZN', 'TMT'],
  ليرة: ['LBP', 'SYP', 'TRY'],
};

/** Currency of each region, used to settle an ambiguous token (`$` on an en-AU page is AUD). */
export const REGION_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', TW: 'TWD', MX: 'MXN', AR: 'ARS',
  CL: 'CLP', CO: 'COP', UY: 'UYU', BR: 'BRL', FJ: 'FJD', JM: 'JMD', TT: 'TTD', BZ: 'BZD', GY: 'GYD',
  NA: 'NAD', LR: 'LRD', BS: 'BSD', BB: 'BBD', SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK', JP: 'JPY',
  CN: 'CNY', CH: 'CHF', LI: 'CHF', SA: 'SAR', QA: 'QAR', OM: 'OMR', YE: 'YER', IR: 'IRR', AE: 'AED',
  MA: 'MAD', EG: 'EGP', SD: 'SDG', GB: 'GBP', KW: 'KWD', JO: 'JOD', BH: 'BHD', IQ: 'IQD', LY: 'LYD',
  TN: 'TND', DZ: 'DZD', UZ: 'UZS', KG: 'KGS', RU: 'RUB', BY: 'BYN', PG: 'PGK', MM: 'MMK', ZM: 'ZMW',
  MW: 'MWK', HN: 'HNL', AL: 'ALL', LS: 'LSL', MD: 'MDL', RO: 'RON', BW: 'BWP', PH: 'PHP', MO: 'MOP',
  CZ: 'CZK', SN: 'XOF', CI: 'XOF', CM: 'XAF', CD: 'CDF', TH: 'THB', VN: 'VND', KR: 'KRW', ID: 'IDR',
  MY: 'MYR', IN: 'INR', PK: 'PKR', LK: 'LKR', NP: 'NPR', IL: 'ILS', TR: 'TRY', PL: 'PLN', HU: 'HUF',
  UA: 'UAH', ZA: 'ZAR', NG: 'NGN', KE: 'KES', LB: 'LBP', SY: 'SYP',
};

/** The region a bare language most often means, for languages tied to one currency. */
export const LANGUAGE_REGION: Readonly<Record<string, string>> = {
  ja: 'JP', zh: 'CN', sv: 'SE', nb: 'NO', nn: 'NO', no: 'NO', da: 'DK', is: 'IS', th: 'TH', vi: 'VN',
  ko: 'KR', id: 'ID', ms: 'MY', fa: 'IR', he: 'IL', tr: 'TR', pl: 'PL', cs: 'CZ', hu: 'HU', uk: 'UA',
  ru: 'RU', be: 'BY', ro: 'RO', sq: 'AL', uz: 'UZ', ky: 'KG', fil: 'PH', tl: 'PH', hi: 'IN', ur: 'PK',
  si: 'LK', ne: 'NP', my: 'MM', 'pt-br': 'BR',
};

/** Decimal places of a currency's minor unit (ISO 4217); 2 for codes not listed. */
export function minorUnits(code: string | null | undefined): number {
  if (!code) return 2;
  return CURRENCIES.find((c) => c.code === code)?.minor ?? 2;
}

/** Every ISO code the tables know, plus the ambiguous tokens' candidates. */
export const KNOWN_CODES: ReadonlySet<string> = new Set([
  ...CURRENCIES.map((c) => c.code),
  ...Object.values(AMBIGUOUS).flat(),
  // Codes without a local symbol of their own in the table above.
  'SEK', 'NOK', 'DKK', 'LSL', 'MOP', 'NAD', 'LRD', 'BSD', 'BBD', 'BMD', 'KYD', 'SOS', 'MUR', 'SRD',
  'XDR', 'SHP', 'FKP', 'GIP', 'VED',
]);
