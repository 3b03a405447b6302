/**
 * Applies the control rules (sanitize-rules.ts) and the redaction rules (redact-rules.ts) to a
 * CLONE of the page, never the live page: the visitor's typed text, password fields, session
 * secrets and the signed-in visitor's details are gone before the HTML leaves the tab. Runs in
 * the page (capture and picker scripts); linkedom runs it in Node tests.
 */
import { controlVerdict } from './sanitize-rules';
import { cloneWithinBudget } from './dom-budget';
import { REDACTED, hasWord, redactDataAttribute, redactPersonal, redactScript, redactShapes, redactUrl, VISITOR_WORDS } from './redact-rules';
import { keepsSearchQuery } from './search-box';

const CONTROLS = 'input, textarea, meta[name], meta[property]';
/** Attributes holding URLs whose query may carry a token. */
const URL_ATTRS = ['href', 'src', 'action', 'data-src', 'poster', 'formaction', 'ping'];
/** An `iframe srcdoc` inside an `iframe srcdoc`…: past this depth the document is dropped, not read. */
const MAX_SRCDOC_DEPTH = 3;

export interface SanitizeOptions {
  /** Host of the clipped page (an e-mail at the shop's own domain outside account elements is the shop's). */
  pageHost?: string | null;
  /** Address of the clipped page: on a search results page its query box keeps its query (search-box.ts). */
  pageUrl?: string | null;
}

/** A query longer than this is not a query someone typed into a results page's box. */
const MAX_QUERY_CHARS = 500;

/** Sanitises `root` in place (pass a clone) and returns it. */
export function sanitizeTree<T extends Element>(root: T, opts: SanitizeOptions = {}, depth = 0): T {
  const controls = [...(root.matches(CONTROLS) ? [root] : []), ...root.querySelectorAll(CONTROLS)];
  for (const el of controls) {
    const verdict = controlVerdict({
      tag: el.tagName,
      type: el.getAttribute('type'),
      name: el.getAttribute('name'),
      id: el.getAttribute('id'),
      autocomplete: el.getAttribute('autocomplete'),
      value: el.getAttribute('value'),
      content: el.getAttribute('content'),
      property: el.getAttribute('property'),
    });
    if (verdict === 'remove') el.remove();
    else if (verdict === 'clear' && keepsSearchQuery({ tag: el.tagName, type: el.getAttribute('type'), name: el.getAttribute('name') }, formOf(el), opts.pageUrl)) keepQuery(el);
    else if (verdict === 'clear') clearValue(el);
    else if (verdict === 'redact') el.setAttribute('content', REDACTED);
  }
  redactElements(root, opts, depth);
  return root;
}

function formOf(el: Element): { role: string | null; action: string | null; marker: string } | null {
  const form = el.closest('form');
  return form ? { role: form.getAttribute('role'), action: form.getAttribute('action'), marker: ['id', 'class', 'name'].map((a) => form.getAttribute(a) ?? '').join(' ') } : null;
}

/**
 * The results page's query stays: the clone carries the box's current value (the HTML cloning
 * steps copy it), which outerHTML writes only from the attribute or a textarea's text. Shapes of
 * personal data go.
 */
function keepQuery(el: Element): void {
  const textarea = el.tagName.toLowerCase() === 'textarea';
  const live = (el as HTMLInputElement | HTMLTextAreaElement).value;
  const written = textarea ? el.textContent ?? '' : el.getAttribute('value') ?? '';
  const query = typeof live === 'string' && live.trim() ? live : written;
  const safe = redactPersonal(redactShapes(query.slice(0, MAX_QUERY_CHARS)), true).trim();
  // A textarea's HTML holds its text as its content; an input's, as its value attribute.
  if (textarea) el.textContent = safe;
  else if (safe) el.setAttribute('value', safe);
  else el.removeAttribute('value');
}

function clearValue(el: Element): void {
  // Typed text lives in the `value` property, which outerHTML never writes; what can leak is
  // the attribute (frameworks mirror the value into it) and a textarea's text.
  el.removeAttribute('value');
  if (el.tagName.toLowerCase() === 'textarea') el.textContent = '';
}

/** One iterative walk over the elements: scripts, URLs, data-* attributes, srcdoc, contenteditable, account text. */
function redactElements(root: Element, opts: SanitizeOptions, depth: number): void {
  const stack: { el: Element; visitor: boolean }[] = [{ el: root, visitor: false }];
  while (stack.length) {
    const { el, visitor: inherited } = stack.pop()!;
    const tag = el.tagName.toLowerCase();
    const visitor = inherited || isAccountElement(el);
    if (tag === 'script') {
      if (!el.hasAttribute('src') && el.textContent) {
        const type = (el.getAttribute('type') ?? '').toLowerCase();
        const text = el.textContent;
        const next = redactScript(text, { pageHost: opts.pageHost, structuredData: type === 'application/ld+json' });
        if (next !== text) el.textContent = next;
      }
    }
    for (const attr of [...el.attributes]) redactAttribute(el, attr.name, attr.value, visitor, opts);
    if (tag === 'iframe' && el.hasAttribute('srcdoc')) redactSrcdoc(el, opts, depth);
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') {
      // What a visitor typed into a rich-text box (a review, a chat) is theirs.
      el.replaceChildren();
      continue;
    }
    if (visitor && tag !== 'script') redactTextChildren(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push({ el: c, visitor });
  }
}

function redactAttribute(el: Element, name: string, value: string, visitor: boolean, opts: SanitizeOptions): void {
  let next = value;
  if (name.startsWith('data-')) next = redactDataAttribute(name, value, visitor, opts.pageHost);
  else if (URL_ATTRS.includes(name) && /[?#]/.test(value)) next = redactUrl(value);
  else if (name === 'content' && /^https?:/i.test(value)) next = redactUrl(value);
  if (next !== value) el.setAttribute(name, next);
}

/** An element of the visitor's account (its class, id or a data-* name says so: `.customer-info`, `#account-menu`, `data-user-email`). */
function isAccountElement(el: Element): boolean {
  // A page-wide class (`<body class="customer-logged-in">`) says who is looking, not which part is theirs.
  if (/^(html|body|main)$/i.test(el.tagName)) return false;
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  if (hasWord(id, VISITOR_WORDS) || (cls && cls.length < 500 && hasWord(cls, VISITOR_WORDS))) return true;
  for (const a of el.attributes) if (a.name.startsWith('data-') && hasWord(a.name.slice(5), VISITOR_WORDS)) return true;
  return false;
}

/** "Signed in as jane@example.com" in an account element: the address and phone numbers go, the words stay. */
function redactTextChildren(el: Element): void {
  for (const node of [...el.childNodes]) {
    if (node.nodeType !== 3 || !node.nodeValue) continue;
    const next = redactPersonal(node.nodeValue, true);
    if (next !== node.nodeValue) node.nodeValue = next;
  }
}

/** A srcdoc is a document of its own (a login box, a payment form): sanitised the same way, or dropped when nested too deep. */
function redactSrcdoc(el: Element, opts: SanitizeOptions, depth: number): void {
  const html = el.getAttribute('srcdoc') ?? '';
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (!Parser || depth >= MAX_SRCDOC_DEPTH) return void el.setAttribute('srcdoc', '');
  const inner = new Parser().parseFromString(html, 'text/html');
  // A framed document is not the results page: its boxes keep nothing.
  const clean = sanitizeTree(inner.documentElement, { ...opts, pageUrl: null }, depth + 1);
  el.setAttribute('srcdoc', clean.outerHTML);
}

/** The rendered document as HTML, sanitised (the live page is not touched). */
export function serializeDocument(doc: Document, opts: SanitizeOptions & { budget?: number } = {}): string {
  const copy = opts.budget === undefined ? (doc.documentElement.cloneNode(true) as HTMLElement) : cloneWithinBudget(doc.documentElement, opts.budget);
  const clone = sanitizeTree(copy, { pageHost: opts.pageHost ?? doc.location?.hostname ?? null, pageUrl: opts.pageUrl ?? doc.location?.href ?? null });
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  return doctype + clone.outerHTML;
}
