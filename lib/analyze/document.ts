/**
 * One parse, one walk. The page is parsed once with htmlparser2 (several times faster than
 * parse5) and walked once; the walk files every element the extractors care about into
 * flat lists, so no extractor scans the tree again. Extractors that need a real query
 * (site adapters) get a cheerio view of the same tree through `doc.$()`, built lazily.
 */
import { Parser } from 'htmlparser2';
import { DomHandler, type Document, type Element, type AnyNode } from 'domhandler';
import { load, type CheerioAPI } from 'cheerio/slim';

export interface ScriptInfo {
  el: Element;
  src: string | null;
  type: string | null;
  text: string;
}

export interface PageDoc {
  url: string;
  /** The parsed tree (htmlparser2 / domhandler). */
  root: Document;
  html: string;
  htmlEl: Element | null;
  title: string | null;
  metas: Element[];
  links: Element[];
  scripts: ScriptInfo[];
  anchors: Element[];
  forms: Element[];
  /** inputs, selects, textareas and buttons, in document order (inside forms or not). */
  controls: Element[];
  headings: Element[];
  iframes: Element[];
  images: Element[];
  /** Elements with itemscope (microdata roots are those without an itemscope ancestor). */
  itemscopes: Element[];
  /** Elements with itemprop. */
  itemprops: Element[];
  /** Elements with RDFa typeof or property attributes. */
  rdfa: Element[];
  /** Elements whose class, id or itemprop mentions a price. */
  priceNodes: Element[];
  /** Elements whose text is struck through (del, s, strike) — old prices. */
  struck: Element[];
  /** ids, class tokens and attribute names, for signature DOM markers. */
  ids: Set<string>;
  classes: Set<string>;
  attrNames: Set<string>;
  /** Custom-element tag names (they contain a '-'), for signature DOM markers (`<klarna-placement>`). */
  tagNames: Set<string>;
  /** Lazily built cheerio view of the same tree. */
  $: () => CheerioAPI;
}

const PRICE_HINT = /price|preis|prix|precio|preco|prezzo|cost|amount|money|gia|ราคา|가격/i;
const MAX_CLASS_TOKENS_PER_EL = 32;

export function parsePage(html: string, url: string): PageDoc {
  const root = parseHtml(html);
  let cheerio: CheerioAPI | null = null;
  const doc: PageDoc = {
    url,
    root,
    html,
    htmlEl: null,
    title: null,
    metas: [],
    links: [],
    scripts: [],
    anchors: [],
    forms: [],
    controls: [],
    headings: [],
    iframes: [],
    images: [],
    itemscopes: [],
    itemprops: [],
    rdfa: [],
    priceNodes: [],
    struck: [],
    ids: new Set(),
    classes: new Set(),
    attrNames: new Set(),
    tagNames: new Set(),
    $: () => (cheerio ??= load(root)),
  };
  walk(root, doc);
  return doc;
}

/**
 * Browsers stop nesting at a fixed depth (Chromium: 512) and so do we. Past it, htmlparser2's
 * open-element stack (kept with `unshift`) makes every further open tag cost O(depth), so
 * hostile markup of 200k nested <div>s would take tens of seconds. Deeper tags are dropped
 * the way htmlparser2 drops a nested <form> (empty tag name); their text is kept.
 */
export const MAX_DEPTH = 512;

interface ParserInternals {
  stack: string[];
  tagname: string;
  emitOpenTag(name: string): void;
}

class DepthLimitedParser extends Parser {
  constructor(handler: DomHandler) {
    super(handler, { decodeEntities: true, lowerCaseAttributeNames: true });
    const self = this as unknown as ParserInternals;
    const emitOpenTag = self.emitOpenTag.bind(this);
    self.emitOpenTag = (name: string) => {
      if (self.stack.length >= MAX_DEPTH) {
        self.tagname = '';
        return;
      }
      emitOpenTag(name);
    };
  }
}

function parseHtml(html: string): Document {
  const handler = new DomHandler();
  new DepthLimitedParser(handler).end(html);
  return handler.root;
}

/** Iterative walk: deeply nested hostile markup must not overflow the stack. */
function walk(root: Document, doc: PageDoc): void {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    visit(el, doc);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

function visit(el: Element, doc: PageDoc): void {
  const name = el.name;
  const a = el.attribs;
  switch (name) {
    case 'html':
      doc.htmlEl ??= el;
      break;
    case 'title':
      if (doc.title === null) doc.title = textOf(el);
      break;
    case 'meta':
      doc.metas.push(el);
      break;
    case 'link':
      doc.links.push(el);
      break;
    case 'script':
      doc.scripts.push({ el, src: a.src ?? null, type: a.type ?? null, text: a.src ? '' : rawText(el) });
      break;
    case 'a':
      doc.anchors.push(el);
      break;
    case 'form':
      doc.forms.push(el);
      break;
    case 'input':
    case 'select':
    case 'textarea':
    case 'button':
      doc.controls.push(el);
      break;
    case 'h1':
    case 'h2':
    case 'h3':
      doc.headings.push(el);
      break;
    case 'iframe':
      doc.iframes.push(el);
      break;
    case 'img':
      doc.images.push(el);
      break;
    case 'del':
    case 's':
    case 'strike':
      doc.struck.push(el);
      break;
  }
  for (const key in a) {
    doc.attrNames.add(key);
    if (key === 'itemscope') doc.itemscopes.push(el);
    else if (key === 'itemprop') doc.itemprops.push(el);
    else if (key === 'typeof' || key === 'property' && name !== 'meta') doc.rdfa.push(el);
  }
  if (name.includes('-')) doc.tagNames.add(name);
  if (a.id) doc.ids.add(a.id);
  const cls = a.class;
  if (cls) {
    const tokens = cls.split(/\s+/);
    const n = Math.min(tokens.length, MAX_CLASS_TOKENS_PER_EL);
    for (let i = 0; i < n; i++) if (tokens[i]) doc.classes.add(tokens[i]);
  }
  if ((cls && PRICE_HINT.test(cls)) || (a.id && PRICE_HINT.test(a.id)) || (a.itemprop && PRICE_HINT.test(a.itemprop)) || a['data-price'] !== undefined) {
    doc.priceNodes.push(el);
  }
}

/** Text content of an element, whitespace folded. Skips script, style and template text. */
export function textOf(node: AnyNode, limit = 100_000): string {
  const parts: string[] = [];
  let size = 0;
  const stack: AnyNode[] = [node];
  while (stack.length && size < limit) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const t = (n as unknown as { data: string }).data;
      parts.push(t);
      // Indentation must not use up the budget before the words (a price deep in markup).
      if (/\S/.test(t)) size += t.length;
    } else if ('children' in n && n.children) {
      const isRawText = n.type === 'script' || n.type === 'style';
      if (isRawText && n !== node) continue;
      if (n.type === 'tag' && ((n as Element).name === 'template' || (n as Element).name === 'noscript') && n !== node) continue;
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Raw text of a script or style element (no whitespace folding). */
export function rawText(el: Element): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text') s += (c as unknown as { data: string }).data;
  return s;
}

/** Attribute helper that treats empty strings as missing. */
export function attr(el: Element, name: string): string | null {
  const v = el.attribs[name];
  return v === undefined || v.trim() === '' ? null : v.trim();
}

/** Resolve a possibly relative URL against the page URL; null when it is not http(s). */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A short, stable CSS-ish locator for evidence (tag#id.class:nth). */
export function locate(el: Element): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  // domhandler types <script> and <style> apart from 'tag'; they are elements all the same.
  for (let depth = 0; cur && (cur.type === 'tag' || cur.type === 'script' || cur.type === 'style') && depth < 4; depth++) {
    let part = cur.name;
    if (cur.attribs.id) {
      parts.unshift(`${part}#${cur.attribs.id}`);
      break;
    }
    const cls = cur.attribs.class?.trim().split(/\s+/).slice(0, 2).join('.');
    if (cls) part += `.${cls}`;
    parts.unshift(part);
    cur = cur.parent as Element | null;
  }
  return parts.join(' > ');
}
