/** Static rendering of panel components in Node, inside the providers they need. */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../../components/I18nContext';
import { NavProvider } from '../../components/NavContext';
import type { LanguageChoice } from '../../lib/i18n';

export function render(node: ReactNode, language: LanguageChoice = 'en'): string {
  return renderToStaticMarkup(
    <I18nProvider initial={language}>
      <NavProvider>{node}</NavProvider>
    </I18nProvider>,
  );
}
