/** The UI language: follow the browser, or one of the five. Language names are written in their own language. */
import { LOCALES, type LanguageChoice } from '../lib/i18n';
import { useI18n } from './I18nContext';

export function LanguagePicker() {
  const { t, choice, setLanguage } = useI18n();
  return (
    <label className="lang">
      <span className="sr-only">{t('language_label')}</span>
      <select value={choice} onChange={(e) => void setLanguage(e.target.value as LanguageChoice)} aria-label={t('language_label')} data-testid="language">
        <option value="auto">{t('language_auto')}</option>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language_${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
