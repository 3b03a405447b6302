/**
 * Message bundles and `t()`. The bundles are the extension's own `_locales/<lang>/messages.json`
 * files, imported at build time: chrome.i18n cannot switch language at runtime, so to honour the
 * language the user picks we read the chosen bundle ourselves, with the same placeholder format
 * (`$NAME$` declared in `placeholders` as `$1`…`$9`).
 */
import { LOCALES, type Locale } from './locales';

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageBundle = Record<string, ChromeMessage>;

const files = import.meta.glob<MessageBundle>('../../public/_locales/*/messages.json', { eager: true, import: 'default' });

export const BUNDLES: Readonly<Record<Locale, MessageBundle>> = Object.fromEntries(
  LOCALES.map((l) => [l, files[`../../public/_locales/${l}/messages.json`] ?? {}]),
) as Record<Locale, MessageBundle>;

export type Substitution = string | number;
export type Translate = (key: string, ...subs: Substitution[]) => string;

/** Chrome's substitution rules: `$name$` → its placeholder's content, then `$1`…`$9` → arguments, `$$` → `$`. */
export function format(m: ChromeMessage, subs: readonly Substitution[]): string {
  const ph = m.placeholders ?? {};
  const lower = Object.fromEntries(Object.entries(ph).map(([k, v]) => [k.toLowerCase(), v.content]));
  const withPh = m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name: string) => lower[name.toLowerCase()] ?? all);
  return withPh.replace(/\$(\$|[1-9])/g, (_all, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

/**
 * Plural forms: chrome.i18n has none, so a count message may have variants `<key>__<rule>`
 * with the rules of Intl.PluralRules for that language (`__one`, `__two`, `__few`, `__many`,
 * `__zero`); the plain key is the `other` form. Languages without plural forms add none.
 */
export const PLURAL_SEPARATOR = '__';

/** `t` for a count: picks the language's plural variant for `n`; the substitutions follow. */
export type TranslateCount = (key: string, n: number, ...subs: Substitution[]) => string;

export function makeTn(locale: Locale, bundles: Readonly<Record<Locale, MessageBundle>> = BUNDLES): TranslateCount {
  const own = bundles[locale] ?? {};
  const rules = new Intl.PluralRules(locale);
  const t = makeT(locale, bundles);
  return (key, n, ...subs) => {
    const variant = `${key}${PLURAL_SEPARATOR}${rules.select(n)}`;
    return t(own[variant] ? variant : key, ...subs);
  };
}

/** A translator for one locale; missing keys fall back to English, then to the key itself. */
export function makeT(locale: Locale, bundles: Readonly<Record<Locale, MessageBundle>> = BUNDLES): Translate {
  const own = bundles[locale] ?? {};
  const en = bundles.en ?? {};
  return (key, ...subs) => {
    const m = own[key] ?? en[key];
    return m ? format(m, subs) : key;
  };
}
