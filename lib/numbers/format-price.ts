/**
 * A price as one short, language-neutral string for alerts and digests: "1,290 ฿", "19.99 €",
 * "32 USD". Whole amounts drop their decimals; others keep the currency's minor unit. The
 * symbol is the one a shopper of that currency reads unambiguously, else the ISO code.
 */
import { minorUnits } from './currencies';

/** Symbols shown for a currency (only where the symbol names one currency in that market's eyes). */
export const DISPLAY_SYMBOL: Readonly<Record<string, string>> = {
  THB: '฿',
  VND: '₫',
  KRW: '₩',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  PHP: '₱',
  USD: '$',
  ILS: '₪',
  UAH: '₴',
  TRY: '₺',
  RUB: '₽',
};

export function formatAmount(amount: number, digits: number): string {
  const fixed = Number.isInteger(amount) ? amount.toFixed(0) : amount.toFixed(digits);
  const [whole, frac] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

export function formatPrice(amount: number, currency: string | null | undefined): string {
  const text = formatAmount(amount, minorUnits(currency));
  if (!currency) return text;
  return `${text} ${DISPLAY_SYMBOL[currency] ?? currency}`;
}
