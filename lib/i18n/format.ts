/**
 * Dates, numbers, percentages and money in the chosen UI language, through Intl. Formatters
 * are cached per locale because the matrix and tables format thousands of values.
 */
import type { Locale } from './locales';

/** Intl tags: Thai dates keep the Buddhist era that Thai readers expect (Intl's default for `th`). */
const TAG: Record<Locale, string> = { en: 'en', th: 'th-TH', ko: 'ko-KR', vi: 'vi-VN', ar: 'ar' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

export interface Formatters {
  locale: Locale;
  number(n: number, maxFractionDigits?: number): string;
  compact(n: number): string;
  percent(fraction: number): string;
  money(amount: number, currency: string | null | undefined): string;
  date(iso: string | Date | null | undefined): string;
  dateTime(iso: string | Date | null | undefined): string;
  /** Date and time with seconds, for clips that share a minute. */
  dateTimeSeconds(iso: string | Date | null | undefined): string;
}

export function makeFormatters(locale: Locale): Formatters {
  const tag = TAG[locale];
  const toDate = (v: string | Date) => (v instanceof Date ? v : new Date(v));
  const valid = (v: string | Date | null | undefined): v is string | Date => !!v && !Number.isNaN(toDate(v).getTime());
  return {
    locale,
    number: (n, max = 2) => cached(`${tag}|n|${max}`, () => new Intl.NumberFormat(tag, { maximumFractionDigits: max })).format(n),
    compact: (n) => cached(`${tag}|c`, () => new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 })).format(n),
    percent: (f) => cached(`${tag}|p`, () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 })).format(f),
    money: (amount, currency) => {
      if (!currency || !/^[A-Z]{3}$/.test(currency)) return cached(`${tag}|n|2`, () => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 })).format(amount);
      try {
        return cached(`${tag}|m|${currency}`, () => new Intl.NumberFormat(tag, { style: 'currency', currency })).format(amount);
      } catch {
        return `${amount} ${currency}`;
      }
    },
    date: (v) => (valid(v) ? cached(`${tag}|d`, () => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' })).format(toDate(v)) : ''),
    dateTime: (v) => (valid(v) ? cached(`${tag}|dt`, () => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' })).format(toDate(v)) : ''),
    dateTimeSeconds: (v) => (valid(v) ? cached(`${tag}|dts`, () => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'medium' })).format(toDate(v)) : ''),
  };
}
