/**
 * Text a shopper can see: like document.textOf, but hidden elements (display:none, the
 * `hidden` attribute, aria-hidden, screen-reader-only and "hidden" utility classes) are left
 * out. Shops keep "Last items in stock!" or "Sold out" notices in the page, hidden until needed.
 */
import type { AnyNode, Element } from 'domhandler';

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|d-none|is-hidden|sr-only|visually-hidden|visuallyhidden|screen-reader-text|u-hidden|[a-z]+-offscreen|offscreen)(?:\s|$)/i;
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'select', 'option']);
/** Elements that start a new line on screen: their text never runs into the next word. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'button', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'label', 'li', 'main', 'nav', 'ol', 'p', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul']);
const SPACE = { type: 'text', data: ' ' } as unknown as AnyNode;

export function isHidden(el: Element): boolean {
  const a = el.attribs;
  return a.hidden !== undefined || a['aria-hidden'] === 'true' || HIDDEN_STYLE.test(a.style ?? '') || HIDDEN_CLASS.test(a.class ?? '');
}

/**
 * Visible text of `root`, whitespace folded, stopping after about `limit` characters of folded
 * text (indentation does not count: templates often hold kilobytes of it between two words).
 */
export function visibleText(root: AnyNode, limit = 10_000): string {
  const parts: string[] = [];
  let size = 0;
  const stack: AnyNode[] = [root];
  while (stack.length && size < limit) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const t = (n as unknown as { data: string }).data.replace(/\s+/g, ' ');
      parts.push(t);
      // Whitespace between tags folds into one space; only words count towards the limit.
      if (/\S/.test(t)) size += t.length;
      continue;
    }
    if (n.type !== 'tag' && n !== root) continue;
    const el = n as Element;
    if (n.type === 'tag' && (SKIPPED.has(el.name) || isHidden(el))) continue;
    const kids = el.children ?? [];
    const block = n.type === 'tag' && BLOCKS.has(el.name);
    if (block) {
      parts.push(' ');
      stack.push(SPACE);
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
