/**
 * Text a shopper can see: like document.textOf, but hidden elements (display:none, the
 * `hidden` attribute, aria-hidden, screen-reader-only and "hidden" utility classes) are left
 * out. Shops keep "Last items in stock!" or "Sold out" notices in the page, hidden until needed.
 */
import type { AnyNode, Element } from 'domhandler';
import { boundedData, MIN_NODE_BUDGET, NODES_PER_CHAR } from '../../document';
import { foldSpace } from '../../../text/fold-space';

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|d-none|is-hidden|sr-only|visually-hidden|visuallyhidden|screen-reader-text|u-hidden|[a-z]+-offscreen|offscreen)(?:\s|$)/i;
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'select', 'option']);
/** Elements that start a new line on screen: their text never runs into the next word. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'button', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'label', 'li', 'main', 'nav', 'ol', 'p', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul']);

/** Characters of a class or style attribute read: a hidden marker sits near the start, and 300-class strings exist. */
const MAX_ATTR_TEXT = 1_000;
/** Text reads visit the same elements many times (each candidate reads its ancestors): each is judged once. */
const HIDDEN = new WeakMap<Element, boolean>();

export function isHidden(el: Element): boolean {
  const a = el.attribs;
  // Most elements have neither attribute to test: answered without the cache.
  if (a.style === undefined && a.class === undefined) return a.hidden !== undefined || a['aria-hidden'] === 'true';
  let hidden = HIDDEN.get(el);
  if (hidden === undefined) {
    hidden = a.hidden !== undefined || a['aria-hidden'] === 'true' || HIDDEN_STYLE.test((a.style ?? '').slice(0, MAX_ATTR_TEXT)) || HIDDEN_CLASS.test((a.class ?? '').slice(0, MAX_ATTR_TEXT));
    HIDDEN.set(el, hidden);
  }
  return hidden;
}

/**
 * Visible text of `root`, whitespace folded, stopping after about `limit` characters of folded
 * text (indentation does not count: templates often hold kilobytes of it between two words).
 * Children are visited by index, never copied, so a parent of 20,000 spans costs only what is read.
 */
export function visibleText(root: AnyNode, limit = 10_000): string {
  // Candidates read the same ancestors over and over (a parent of 6,000 price spans): once each.
  let byLimit = READS.get(root);
  const known = byLimit?.get(limit);
  if (known !== undefined) return known;
  const text = readVisibleText(root, limit);
  if (!byLimit) READS.set(root, (byLimit = new Map()));
  byLimit.set(limit, text);
  return text;
}

const READS = new WeakMap<AnyNode, Map<number, string>>();

function readVisibleText(root: AnyNode, limit: number): string {
  if (root.type === 'text') return foldSpace(boundedData((root as unknown as { data: string }).data, limit)).trim();
  if (root.type === 'tag' && (SKIPPED.has((root as Element).name) || isHidden(root as Element))) return '';
  if (root.type !== 'tag' && root.type !== 'root') return '';
  const parts: string[] = [];
  let size = 0;
  const frames: { node: AnyNode; next: number; block: boolean }[] = [{ node: root, next: 0, block: false }];
  let budget = Math.max(MIN_NODE_BUDGET, limit * NODES_PER_CHAR);
  while (frames.length && size < limit) {
    if (budget-- <= 0) return overBudget(parts, limit);
    const frame = frames[frames.length - 1];
    const kids = (frame.node as Element).children ?? [];
    if (frame.next >= kids.length) {
      frames.pop();
      if (frame.block) parts.push(' ');
      continue;
    }
    const n = kids[frame.next++];
    if (n.type === 'text') {
      const t = foldSpace(boundedData((n as unknown as { data: string }).data, limit - size));
      parts.push(t);
      // Whitespace between tags folds into one space; only words count towards the limit.
      if (/\S/.test(t)) size += t.length;
      continue;
    }
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (SKIPPED.has(el.name) || isHidden(el)) continue;
    const block = BLOCKS.has(el.name);
    if (block) parts.push(' ');
    frames.push({ node: el, next: 0, block });
  }
  return foldSpace(parts.join('')).trim();
}

/**
 * A block with more nodes than the read may visit is no compact block, whatever words it
 * holds: it reads as longer than the limit (callers judge size by length), ending in an ellipsis.
 */
function overBudget(parts: string[], limit: number): string {
  const text = foldSpace(parts.join('')).trim();
  return text.length > limit ? text : `${text} ${'…'.repeat(limit + 1 - text.length)}`;
}

/** Elements whose text no shopper reads as page text: code, templates, the head, form choices. */
const TEXT_WALK_SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'select', 'option', 'textarea']);

/**
 * Every visible text node of the document, in order, until `visit` returns false. One walk shape
 * for the price scan and the "is this amount shown anywhere" check.
 */
export function eachVisibleTextNode(root: AnyNode, visit: (data: string, parent: AnyNode | null) => boolean | void): void {
  const stack: AnyNode[] = [...((root as Element).children ?? [])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if (visit((n as unknown as { data: string }).data, n.parent) === false) return;
      continue;
    }
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (TEXT_WALK_SKIP.has(el.name) || isHidden(el)) continue;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
}
