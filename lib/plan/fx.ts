/**
 * Rough USD value of one unit of common shop currencies, only to compare a monthly budget with
 * the channel minimums in channel-profiles.ts (which are in USD). Not for accounting: the user
 * can type their own rate in the context form, and that wins. SAR and AED are pegged to the USD.
 */
export const APPROX_USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  THB: 0.028,
  KRW: 0.00072,
  VND: 0.000039,
  SAR: 0.2667,
  AED: 0.2723,
  JPY: 0.0066,
  SGD: 0.74,
  MYR: 0.22,
  IDR: 0.000062,
  PHP: 0.017,
  AUD: 0.65,
};

/** Approximate budget in USD; null when the currency is unknown and no rate was given. */
export function toUsd(amount: number, currency: string, rate?: number | null): number | null {
  const r = rate && rate > 0 ? rate : APPROX_USD_PER_UNIT[currency.toUpperCase()];
  return r ? amount * r : null;
}

/** Approximate amount in `currency` of a USD figure; null when the currency is unknown and no rate was given. */
export function fromUsd(usd: number, currency: string, rate?: number | null): number | null {
  const r = rate && rate > 0 ? rate : APPROX_USD_PER_UNIT[currency.toUpperCase()];
  return r ? usd / r : null;
}

/** A money figure: an amount and its ISO currency. */
export interface Money {
  amount: number;
  currency: string;
}

/** A USD figure in the user's currency when it can be converted, else left in USD. */
export function inCurrency(usd: number, currency: string, rate?: number | null): Money {
  const v = fromUsd(usd, currency, rate);
  return v === null ? { amount: usd, currency: 'USD' } : { amount: v, currency: currency.toUpperCase() };
}
