/**
 * Text as a reader sees it, for headlines and promotion lines: where textOf joins the text of
 * separate boxes ("20% off" "€29.90" "€49.10" "VAT included" → "20% off€29.90€49.10VAT
 * included"), this puts a separator between them. A block element (div, p, li, a heading, a
 * line break...) always starts a new part; between inline elements a space goes in only where
 * the words would otherwise run into a number or a currency sign, so a price split into
 * spans ("$<span>29</span>.<span>90</span>") stays whole.
 */
import type { AnyNode, Element } from 'domhandler';
import { boundedData, MIN_NODE_BUDGET, NODES_PER_CHAR, soleText } from '../document';
import { foldSpace } from '../../text/fold-space';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'button', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'label', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg']);

type Boundary = 'none' | 'inline' | 'block';
/** A word (two letters or more) or a percent running into a number or a currency sign, or a number running into a word or a sign. */
const RUNS_INTO = /(?:\p{L}{2}|%)$/u;
const STARTS_NUMBER = /^[\d\p{Sc}]/u;
const STARTS_WORD = /^\p{L}{2}/u;
const ENDS_NUMBER = /\d$/;

/**
 * Text of `node`, whitespace folded, parts from separate boxes kept apart. Bounded like textOf:
 * about `limit` characters read (a 20 MB text node is cut before it is folded) and a node budget,
 * so an element over 100,000 empty ones costs what `limit` allows.
 */
export function displayText(node: AnyNode, limit = 2000): string {
  const only = node.type === 'tag' && !SKIP.has((node as Element).name) ? soleText(node) : null;
  // Most text lines are one element around one text node: its text folded is what the walk gives.
  if (only !== null && limit > 0) return foldSpace(boundedData(only, limit)).trim();
  let out = '';
  let budget = Math.max(MIN_NODE_BUDGET, limit * NODES_PER_CHAR);
  /** A boundary was crossed since the last text: 'block' always separates, 'inline' only where words run into numbers. */
  let boundary = 'none' as Boundary;
  const stack: (AnyNode | 'end-block' | 'end-inline')[] = [node];
  while (stack.length && out.length < limit && budget-- > 0) {
    const n = stack.pop()!;
    if (n === 'end-block' || n === 'end-inline') {
      boundary = n === 'end-block' || boundary === 'block' ? 'block' : 'inline';
      continue;
    }
    if (n.type === 'text') {
      const raw = boundedData((n as unknown as { data: string }).data, limit - out.length);
      // Indentation (often kilobytes) is one space at most: no need to fold it first.
      if (!/\S/.test(raw)) {
        if (raw && out && !out.endsWith(' ')) out += ' ';
        continue;
      }
      const t = foldSpace(raw);
      out += joiner(out, t, boundary) + t;
      boundary = 'none';
      continue;
    }
    if (n.type !== 'tag' && n.type !== 'root') continue;
    const el = n as Element;
    if (n.type === 'tag' && SKIP.has(el.name)) continue;
    const block = n.type === 'tag' && BLOCK.has(el.name);
    if (n !== node) boundary = block || boundary === 'block' ? 'block' : boundary === 'none' ? 'inline' : boundary;
    stack.push(block ? 'end-block' : 'end-inline');
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return foldSpace(out).trim();
}

function joiner(before: string, next: string, boundary: Boundary): string {
  if (!before || /\s$/.test(before) || /^\s/.test(next) || boundary === 'none') return '';
  if (boundary === 'block') return ' ';
  const head = next.trimStart();
  const runs = (RUNS_INTO.test(before) && STARTS_NUMBER.test(head) && !ENDS_NUMBER.test(before)) || (ENDS_NUMBER.test(before) && (STARTS_WORD.test(head) || /^\p{Sc}/u.test(head)));
  return runs ? ' ' : '';
}
