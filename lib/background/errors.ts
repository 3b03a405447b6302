/**
 * Why a clip failed, as one phrase in the user's language (the panel shows it after
 * "Could not clip this page: "). Codes map to message keys; English is built in so a message
 * is never a bare key, even before a locale has the key.
 */
import { format, makeT, resolveLocale, type ChromeMessage, type LanguageChoice } from '../i18n';
import { getSetting } from '../store/queries-plan';
import { SETTING } from '../plan/settings';

export type ClipErrorCode = 'browser-page' | 'store-page' | 'pdf' | 'not-page' | 'too-large' | 'no-access' | 'tab-gone' | 'page-timeout' | 'too-slow' | 'failed';

export const CLIP_ERROR_MESSAGES: Readonly<Record<ClipErrorCode, { key: string; en: ChromeMessage }>> = {
  'browser-page': { key: 'clip_err_browser_page', en: { message: 'this is a browser page (settings, new tab, extensions); open a web page to clip it.' } },
  'store-page': { key: 'clip_err_store_page', en: { message: 'the browser does not let extensions read extension store pages.' } },
  pdf: { key: 'clip_err_pdf', en: { message: 'this tab shows a PDF file; RaceScout reads web pages.' } },
  'not-page': { key: 'clip_err_not_page', en: { message: 'this tab shows a file, not a web page.' } },
  'too-large': { key: 'clip_err_too_large', en: { message: 'the page is too large ($SIZE$ MB; the limit is 16 MB).', placeholders: { size: { content: '$1' } } } },
  'no-access': {
    key: 'clip_err_no_access',
    en: { message: 'RaceScout may not read this tab yet. Use the RaceScout toolbar button, the page’s right-click menu or Alt+Shift+S on the page, then try again.' },
  },
  'page-timeout': {
    key: 'clip_err_page_timeout',
    en: { message: 'the page did not answer within $SECONDS$ seconds (it may still be loading); nothing was stored. Try again once it has loaded.', placeholders: { seconds: { content: '$1' } } },
  },
  'too-slow': {
    key: 'clip_err_too_slow',
    en: { message: 'reading this page took longer than $SECONDS$ seconds, so it was stopped; nothing was stored.', placeholders: { seconds: { content: '$1' } } },
  },
  'tab-gone': { key: 'clip_err_tab_gone', en: { message: 'the tab was closed or left the page before the clip finished.' } },
  failed: { key: 'clip_err_failed', en: { message: 'something went wrong ($ERROR$).', placeholders: { error: { content: '$1' } } } },
};

export class ClipError extends Error {
  constructor(
    readonly code: ClipErrorCode,
    readonly detail: string | number = '',
  ) {
    super(`${code}${detail === '' ? '' : `: ${detail}`}`);
    this.name = 'ClipError';
  }
}

/**
 * What the browser's own errors mean, first match wins. Without host access the browser hides a
 * tab's URL, so these texts are often the only way to tell a browser page from a missing grant.
 */
const BROWSER_ERRORS: readonly [RegExp, ClipErrorCode][] = [
  [/extensions gallery|webstore|chromewebstore/i, 'store-page'],
  [/(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|chrome-search|chrome-untrusted):/i, 'browser-page'],
  [/no tab with id|tab was closed|frame with id|document.*(unloaded|navigated)|tab.*removed/i, 'tab-gone'],
  [/cannot access|cannot be scripted|permission|host/i, 'no-access'],
];

/** Any error thrown by a clip, as a ClipError. */
export function asClipError(e: unknown): ClipError {
  if (e instanceof ClipError) return e;
  const text = e instanceof Error ? e.message : String(e);
  const code = BROWSER_ERRORS.find(([pattern]) => pattern.test(text))?.[1];
  return new ClipError(code ?? 'failed', code ? text : text.slice(0, 300));
}

/** The error as the user reads it, in the language they chose in the panel. */
export async function clipErrorText(e: unknown): Promise<string> {
  const err = asClipError(e);
  const { key, en } = CLIP_ERROR_MESSAGES[err.code];
  const choice = await getSetting<LanguageChoice>(SETTING.language).catch(() => undefined);
  const t = makeT(resolveLocale(choice, globalThis.navigator?.language));
  const text = t(key, err.detail);
  return text === key ? format(en, [err.detail]) : text;
}
