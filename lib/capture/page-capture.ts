/**
 * What the capture script collects inside the clipped tab (isolated world): the rendered DOM,
 * sanitised, the URLs of everything the page loaded (including tags a tag manager fired after
 * load), the viewport and the time. The marketing globals are read separately in the page's
 * own world (globals.ts); the background adds the screenshot.
 */
import type { PageCapture } from '../messages';
import { MAX_HTML_CHARS, MAX_RESOURCES, MAX_SERIALISED_CHARS, MAX_URL_CHARS, PAGE_CONTENT_TYPES } from './limits';
import { measureDom } from './dom-budget';
import { serializeDocument } from './sanitize-dom';
import { redactUrl } from './redact-rules';

export type PageCaptureResult =
  | { ok: true; capture: Omit<PageCapture, 'globals'> }
  /** Kept for a serialisation far past the estimate (escaping can lengthen text); the budget normally truncates first. */
  | { ok: false; reason: 'too-large'; chars: number }
  | { ok: false; reason: 'not-page'; contentType: string };

export function capturePage(win: Window = window): PageCaptureResult {
  const doc = win.document;
  if (!PAGE_CONTENT_TYPES.has(doc.contentType)) return { ok: false, reason: 'not-page', contentType: doc.contentType };
  // Measured before anything is copied: past the budget only the first part is cloned.
  const over = measureDom(doc.documentElement, MAX_HTML_CHARS) > MAX_HTML_CHARS;
  const html = serializeDocument(doc, { pageHost: win.location.hostname, budget: over ? MAX_HTML_CHARS : undefined });
  if (html.length > MAX_SERIALISED_CHARS) return { ok: false, reason: 'too-large', chars: html.length };
  return {
    ok: true,
    capture: {
      ...(over ? { truncated: { limitChars: MAX_HTML_CHARS } } : {}),
      url: redactUrl(win.location.href),
      title: doc.title,
      html,
      resources: loadedResources(win.performance),
      capturedAt: new Date().toISOString(),
      viewport: { width: win.innerWidth, height: win.innerHeight, devicePixelRatio: win.devicePixelRatio || 1 },
    },
  };
}

/** Resource URLs from the Performance API, unique, in load order, http(s) only. */
export function loadedResources(perf: Performance): string[] {
  const seen = new Set<string>();
  for (const entry of perf.getEntriesByType('resource')) {
    const url = entry.name;
    if (!/^https?:/i.test(url)) continue;
    seen.add(redactUrl(url.length > MAX_URL_CHARS ? url.slice(0, MAX_URL_CHARS) : url));
    if (seen.size >= MAX_RESOURCES) break;
  }
  return [...seen];
}
