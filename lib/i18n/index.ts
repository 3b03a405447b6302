/** i18n entry: locales, bundles + t(), Intl formatters. */
export * from './locales';
export * from './messages';
export * from './format';
import { makeT, makeTn, type Translate, type TranslateCount } from './messages';
import { makeFormatters, type Formatters } from './format';
import { dirOf, type Locale } from './locales';

export interface I18n extends Formatters {
  t: Translate;
  /** `tn('pillars_used_by', 1, '1')`: the plural variant for the count. */
  tn: TranslateCount;
  dir: 'ltr' | 'rtl';
}

export function makeI18n(locale: Locale): I18n {
  return { ...makeFormatters(locale), t: makeT(locale), tn: makeTn(locale), dir: dirOf(locale) };
}
