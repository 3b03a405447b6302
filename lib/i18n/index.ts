/** i18n entry: locales, bundles + t(), Intl formatters. */
export * from './locales';
export * from './messages';
export * from './format';
import { makeT, type Translate } from './messages';
import { makeFormatters, type Formatters } from './format';
import { dirOf, type Locale } from './locales';

export interface I18n extends Formatters {
  t: Translate;
  dir: 'ltr' | 'rtl';
}

export function makeI18n(locale: Locale): I18n {
  return { ...makeFormatters(locale), t: makeT(locale), dir: dirOf(locale) };
}
