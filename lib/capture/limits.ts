/** Limits on what a clip may hold (shared by the page scripts and the background). */

/**
 * How much of a page's rendered HTML a clip keeps (estimated before serialising, dom-budget.ts):
 * a larger page is cut there, in document order, and the observation says so (`truncated`).
 * 8 MB keeps the head and many screens of any real shop page, and keeps one clip's analysis
 * and storage within seconds.
 */
export const MAX_HTML_CHARS = 8 * 1024 * 1024;
/** A serialisation this far past the estimate is refused rather than sent (escaping can lengthen text). */
export const MAX_SERIALISED_CHARS = 2 * MAX_HTML_CHARS;
/** The Performance API keeps ~250 entries by default; more would only be noise. */
export const MAX_RESOURCES = 1000;
/** Pixel URLs can be long (event payloads); the host and path are what identify a tag. */
export const MAX_URL_CHARS = 600;
/** The picked element's own HTML and text. */
export const MAX_PICKED_HTML_CHARS = 512 * 1024;
export const MAX_PICKED_TEXT_CHARS = 8 * 1024;
/** Content types the analyzer reads; anything else (an image, a video, a PDF viewer) is a file, not a page. */
export const PAGE_CONTENT_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml', 'application/xml', 'text/xml', 'text/plain']);
