/**
 * Scripts a consent manager parks until the visitor accepts cookies: the tag is installed (the
 * shop runs that channel) but was not running on the page as clipped. Consent managers park a
 * script by giving it a type the browser does not run (`text/plain`) and mark it with their own
 * attribute or class naming the cookie category; when the visitor accepts, they swap the type back.
 * One row per consent manager, so a new one is a line here, not code.
 */
import type { Element } from 'domhandler';

export interface HoldMarker {
  /** The consent manager that uses this marker. */
  cmp: string;
  /** An attribute whose presence marks the script; its value is the cookie category when it names one. */
  attr?: string;
  /** A class prefix; the rest of the class is the category ("optanon-category-C0004"). */
  classPrefix?: string;
}

export const HOLD_MARKERS: readonly HoldMarker[] = [
  { cmp: 'Cookiebot', attr: 'data-cookieconsent' },
  { cmp: 'OneTrust', classPrefix: 'optanon-category-' },
  { cmp: 'iubenda', classPrefix: '_iub_cs_activate' },
  { cmp: 'Complianz', attr: 'data-category' },
  { cmp: 'CookieConsent', attr: 'data-cookiecategory' },
  { cmp: 'Klaro', attr: 'data-name' },
  { cmp: 'Usercentrics', attr: 'data-usercentrics' },
  { cmp: 'CookieYes', attr: 'data-cookieyes' },
  { cmp: 'Termly', attr: 'data-categories' },
  { cmp: 'Borlabs Cookie', attr: 'data-borlabs-cookie-script-blocker-id' },
  { cmp: 'consent (generic)', attr: 'data-consent' },
];

/** Types a browser does not run, used to park a tag: `text/plain` and the "blocked" variants some managers write. */
const PARKED_TYPE = /^\s*(?:text\/plain|text\/blocked|javascript\/blocked|text\/x-consent|text\/consent)\s*$/i;

export interface Held {
  cmp: string | null;
  category: string | null;
}

/**
 * Whether a script is parked until consent, and by whom. A parked type alone is enough (the
 * browser will not run it); the marker, when present, says which manager and which category.
 */
export function heldForConsent(el: Element, type: string | null): Held | null {
  if (!type || !PARKED_TYPE.test(type)) return null;
  for (const m of HOLD_MARKERS) {
    if (m.attr && el.attribs[m.attr] !== undefined) return { cmp: m.cmp, category: el.attribs[m.attr] || null };
    if (m.classPrefix) {
      const cls = (el.attribs.class ?? '').split(/\s+/).find((c) => c.startsWith(m.classPrefix!));
      if (cls) return { cmp: m.cmp, category: cls.slice(m.classPrefix.length) || null };
    }
  }
  return { cmp: null, category: null };
}
