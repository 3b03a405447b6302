/**
 * The UI languages and how a browser language maps onto them. Pure: no browser APIs, so the
 * exporter in the service worker and tests in Node resolve languages the same way.
 */
export const LOCALES = ['en', 'th', 'ko', 'vi', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** Stored choice: a locale, or 'auto' to follow the browser. */
export type LanguageChoice = Locale | 'auto';

const RTL: ReadonlySet<Locale> = new Set<Locale>(['ar']);

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/** `th-TH` → `th`; anything unsupported → `en`. */
export function matchLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : 'en';
}

export function resolveLocale(choice: LanguageChoice | null | undefined, browserTag: string | null | undefined): Locale {
  return choice && choice !== 'auto' && isLocale(choice) ? choice : matchLocale(browserTag);
}

export function dirOf(locale: Locale): 'rtl' | 'ltr' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}
