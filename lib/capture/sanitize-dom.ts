/**
 * Applies the control rules (sanitize-rules.ts) to a CLONE of the page, never the live page:
 * the visitor's typed text, password fields and hidden secrets are gone before the HTML leaves
 * the tab. Runs in the page (capture and picker scripts).
 */
import { controlVerdict } from './sanitize-rules';

const CONTROLS = 'input, textarea, meta[name]';

/** Sanitises `root` in place (pass a clone) and returns it. */
export function sanitizeTree<T extends Element>(root: T): T {
  const controls = [...(root.matches(CONTROLS) ? [root] : []), ...root.querySelectorAll(CONTROLS)];
  for (const el of controls) {
    const verdict = controlVerdict({
      tag: el.tagName,
      type: el.getAttribute('type'),
      name: el.getAttribute('name'),
      id: el.getAttribute('id'),
      autocomplete: el.getAttribute('autocomplete'),
      value: el.getAttribute('value'),
    });
    if (verdict === 'remove') el.remove();
    else if (verdict === 'clear') clearValue(el);
  }
  return root;
}

function clearValue(el: Element): void {
  // Typed text lives in the `value` property, which outerHTML never writes; what can leak is
  // the attribute (frameworks mirror the value into it) and a textarea's text.
  el.removeAttribute('value');
  if (el.tagName.toLowerCase() === 'textarea') el.textContent = '';
}

/** The rendered document as HTML, sanitised (the live page is not touched). */
export function serializeDocument(doc: Document): string {
  const clone = sanitizeTree(doc.documentElement.cloneNode(true) as HTMLElement);
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  return doctype + clone.outerHTML;
}
