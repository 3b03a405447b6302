/**
 * What every profile page says about its owner outside the rendered header: `<meta>` tags (og:,
 * twitter:, description), the page language, and the name in the title ("Name (@handle) • Instagram",
 * "Audiense | LinkedIn"). These describe the page's profile, never the signed-in user.
 */
import type { PageDoc } from '../../document';
import { attr } from '../../document';
import { clean } from '../text';

/** First non-empty `<meta>` content among the given property/name keys (case-insensitive). */
export function meta(doc: PageDoc, ...keys: string[]): string | null {
  for (const key of keys) {
    const k = key.toLowerCase();
    for (const el of doc.metas) {
      const name = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').toLowerCase();
      if (name === k) {
        const v = clean(attr(el, 'content'));
        if (v) return v;
      }
    }
  }
  return null;
}

/** The page's language: `<html lang>`, else og:locale ("th_TH" → "th-TH"). */
export function pageLang(doc: PageDoc): string | null {
  const lang = doc.htmlEl ? attr(doc.htmlEl, 'lang') : null;
  return lang ?? meta(doc, 'og:locale')?.replace('_', '-') ?? null;
}

/** The page's description, og: first (platforms put the counts there). */
export function description(doc: PageDoc): string | null {
  return meta(doc, 'og:description', 'description', 'twitter:description');
}

/** The page title as the profile's owner is named in it. */
export function pageTitle(doc: PageDoc): string | null {
  return meta(doc, 'og:title', 'twitter:title') ?? clean(doc.title);
}

/** Separators between a name and the site's part of a title: " | ", " - ", " • ", " / ", " · ". */
const TITLE_SEPARATOR = /\s+[|\-–—•·/]\s+/;
const HANDLE_IN_TITLE = /\s*[(（]@[^)）]+[)）].*$/;

/**
 * "Kiko Beats (@Kikobeats) / X" → "Kiko Beats"; "Audiense | LinkedIn" → "Audiense";
 * "ONE Media - YouTube" → "ONE Media". Null when nothing is left or it is only the site's name.
 */
export function nameFromTitle(title: string | null, siteNames: readonly string[]): string | null {
  if (!title) return null;
  const withoutHandle = title.replace(HANDLE_IN_TITLE, '');
  const name = clean(withoutHandle !== title ? withoutHandle : title.split(TITLE_SEPARATOR)[0]);
  if (!name || siteNames.some((s) => s.toLowerCase() === name.toLowerCase())) return null;
  return name;
}
