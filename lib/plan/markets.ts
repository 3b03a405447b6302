/**
 * Markets the context form offers, as data: a country (ISO 3166 code), the language most shops
 * there write in and the currency they price in. Picking a market pre-fills its language and
 * currency; the user can change both. Names are shown through Intl.DisplayNames in the UI
 * language, so this table holds codes only.
 */
export interface Market {
  country: string;
  language: string;
  currency: string;
}

export const MARKETS: readonly Market[] = [
  { country: 'US', language: 'en', currency: 'USD' },
  { country: 'GB', language: 'en', currency: 'GBP' },
  { country: 'AU', language: 'en', currency: 'AUD' },
  { country: 'DE', language: 'de', currency: 'EUR' },
  { country: 'FR', language: 'fr', currency: 'EUR' },
  { country: 'TH', language: 'th', currency: 'THB' },
  { country: 'VN', language: 'vi', currency: 'VND' },
  { country: 'KR', language: 'ko', currency: 'KRW' },
  { country: 'JP', language: 'ja', currency: 'JPY' },
  { country: 'SG', language: 'en', currency: 'SGD' },
  { country: 'MY', language: 'ms', currency: 'MYR' },
  { country: 'ID', language: 'id', currency: 'IDR' },
  { country: 'PH', language: 'en', currency: 'PHP' },
  { country: 'SA', language: 'ar', currency: 'SAR' },
  { country: 'AE', language: 'ar', currency: 'AED' },
];

export const MARKET_BY_COUNTRY: ReadonlyMap<string, Market> = new Map(MARKETS.map((m) => [m.country, m]));
