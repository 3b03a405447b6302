/**
 * The UI language for the whole panel: the user's pick (a setting) or the browser's language.
 * Sets the document's `lang` and `dir`, so Arabic mirrors the layout through CSS logical properties.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { makeI18n, resolveLocale, type I18n, type LanguageChoice } from '../lib/i18n';
import { getSetting, setSetting } from '../lib/store/queries-plan';
import { SETTING } from '../lib/plan/settings';

interface I18nState extends I18n {
  choice: LanguageChoice;
  setLanguage(choice: LanguageChoice): Promise<void>;
}

const Ctx = createContext<I18nState | null>(null);

function browserLanguage(): string {
  const g = globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } };
  try {
    return g.chrome?.i18n?.getUILanguage?.() ?? globalThis.navigator?.language ?? 'en';
  } catch {
    // Test doubles of the extension API may not implement it.
    return globalThis.navigator?.language ?? 'en';
  }
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: LanguageChoice }) {
  const stored = useLiveQuery(() => getSetting<LanguageChoice>(SETTING.language), [], undefined);
  const choice: LanguageChoice = stored ?? initial ?? 'auto';
  const locale = resolveLocale(choice, browserLanguage());
  const value = useMemo<I18nState>(
    () => ({ ...makeI18n(locale), choice, setLanguage: (c) => setSetting(SETTING.language, c) }),
    [locale, choice],
  );
  useEffect(() => {
    if (typeof document === 'undefined') return;
    document.documentElement.lang = locale;
    document.documentElement.dir = value.dir;
    document.title = value.t('extName');
  }, [locale, value]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18nState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
