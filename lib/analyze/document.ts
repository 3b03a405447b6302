/**
 * One parse, one walk. The page is parsed once with htmlparser2 (several times faster than
 * parse5) and walked once; the walk files every element the extractors care about into
 * flat lists, so no extractor scans the tree again. Extractors that need a real query
 * (site adapters) get a cheerio view of the same tree through `doc.$()`, built lazily.
 */
import { Parser } from 'htmlparser2';
import type { DomHandler, Document, Element, AnyNode } from 'domhandler';
import { load, type CheerioAPI } from 'cheerio/slim';
import { HeadTail, Limits } from './limits';
import { TreeBuilder } from './tree-builder';
import { foldSpace } from '../text/fold-space';

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
  /** What the walk and the extractors left out (see limits.ts). */
  limits: Limits;
}

type ListName = 'metas' | 'links' | 'scripts' | 'anchors' | 'forms' | 'controls' | 'headings' | 'iframes' | 'images' | 'itemscopes' | 'itemprops' | 'rdfa' | 'priceNodes' | 'struck';

/**
 * How many elements of each kind the walk files: [first, last]. Caps sit well above the
 * busiest real page in the corpus (4,324 links on a Wikipedia article, 52 forms, 457 controls,
 * 356 scripts); the last few are kept because footers hold social links and signup forms.
 */
export const LIST_CAPS: Readonly<Record<ListName, readonly [number, number]>> = {
  metas: [1_000, 0],
  links: [1_000, 200],
  scripts: [1_000, 200],
  anchors: [8_000, 2_000],
  forms: [150, 50],
  controls: [3_000, 1_000],
  headings: [1_000, 0],
  iframes: [300, 0],
  images: [3_000, 0],
  itemscopes: [2_000, 0],
  itemprops: [20_000, 0],
  rdfa: [20_000, 0],
  priceNodes: [2_000, 0],
  struck: [600, 0],
};

/** Distinct ids, class tokens, attribute names and custom tags kept for signature DOM markers. */
export const MAX_NAMES = 20_000;
/** Characters of one inline script's text kept (a Next.js page's state is ~1 MB), and of all of them. */
export const MAX_SCRIPT_TEXT = 2_000_000;
export const MAX_TOTAL_SCRIPT_TEXT = 8_000_000;

const PRICE_HINT = /price|preis|prix|precio|preco|prezzo|cost|amount|money|gia|ราคา|가격/i;
const MAX_CLASS_TOKENS_PER_EL = 32;

/** Characters of HTML parsed; the capture caps pages before this, the analyzer bounds itself too. */
export const MAX_HTML = 24_000_000;

/**
 * Characters of the page URL links are resolved against: every relative link parses it again,
 * so a 1.5 MB URL (50,000 query parameters) times 10,000 links would be quadratic. Only the
 * query is ever cut; campaign parameters are read from the capture's own URL.
 */
export const MAX_BASE_URL = 8_192;

export function parsePage(whole: string, fullUrl: string): PageDoc {
  const html = whole.length > MAX_HTML ? whole.slice(0, MAX_HTML) : whole;
  const url = fullUrl.length > MAX_BASE_URL ? fullUrl.slice(0, MAX_BASE_URL) : fullUrl;
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
    limits: new Limits(),
  };
  doc.limits.note('html.characters', MAX_HTML, whole.length - html.length);
  doc.limits.note('url.characters', MAX_BASE_URL, fullUrl.length - url.length);
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
  const handler = new TreeBuilder();
  new DepthLimitedParser(handler).end(html);
  return handler.root;
}

type Lists = { [K in ListName]: HeadTail<PageDoc[K][number]> };

interface WalkState {
  lists: Lists;
  scriptText: number;
  names: number;
  /**
   * Class attributes already filed, and whether each hints at a price: a big page repeats a few
   * hundred class strings over tens of thousands of elements, so each is split and tested once.
   */
  classesFiled: Set<string>;
  priceHint: Map<string, boolean>;
}

/** Iterative walk: deeply nested hostile markup must not overflow the stack. */
function walk(root: Document, doc: PageDoc): void {
  const lists = Object.fromEntries(Object.entries(LIST_CAPS).map(([name, [head, tail]]) => [name, new HeadTail(head, tail)])) as Lists;
  const state: WalkState = { lists, scriptText: 0, names: 0, classesFiled: new Set(), priceHint: new Map() };
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    visit(el, doc, state);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  for (const name of Object.keys(LIST_CAPS) as ListName[]) {
    const list = lists[name];
    (doc[name] as unknown[]) = list.toArray();
    doc.limits.note(`elements.${name}`, list.total - list.dropped, list.dropped);
  }
  doc.limits.note('elements.names', MAX_NAMES, state.names);
}

/** Adds a name to one of the marker sets while it has room. */
function addName(set: Set<string>, name: string, state: WalkState): void {
  if (set.size < MAX_NAMES) set.add(name);
  else if (!set.has(name)) state.names++;
}

/** An inline script's text, cut to what the caps leave. */
function scriptText(el: Element, doc: PageDoc, state: WalkState): string {
  const text = rawText(el);
  const room = Math.min(MAX_SCRIPT_TEXT, MAX_TOTAL_SCRIPT_TEXT - state.scriptText);
  if (text.length <= room) {
    state.scriptText += text.length;
    return text;
  }
  const kept = Math.max(0, room);
  state.scriptText += kept;
  doc.limits.note('text.scripts', kept, text.length - kept);
  return text.slice(0, kept);
}

function visit(el: Element, doc: PageDoc, state: WalkState): void {
  const lists = state.lists;
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
      lists.metas.push(el);
      break;
    case 'link':
      lists.links.push(el);
      break;
    case 'script':
      lists.scripts.push({ el, src: a.src ?? null, type: a.type ?? null, text: a.src ? '' : scriptText(el, doc, state) });
      break;
    case 'a':
      lists.anchors.push(el);
      break;
    case 'form':
      lists.forms.push(el);
      break;
    case 'input':
    case 'select':
    case 'textarea':
    case 'button':
      lists.controls.push(el);
      break;
    case 'h1':
    case 'h2':
    case 'h3':
      lists.headings.push(el);
      break;
    case 'iframe':
      lists.iframes.push(el);
      break;
    case 'img':
      lists.images.push(el);
      break;
    case 'del':
    case 's':
    case 'strike':
      lists.struck.push(el);
      break;
  }
  for (const key in a) {
    addName(doc.attrNames, key, state);
    if (key === 'itemscope') lists.itemscopes.push(el);
    else if (key === 'itemprop') lists.itemprops.push(el);
    else if (key === 'typeof' || key === 'property' && name !== 'meta') lists.rdfa.push(el);
  }
  if (name.includes('-')) addName(doc.tagNames, name, state);
  if (a.id) addName(doc.ids, a.id, state);
  const cls = a.class;
  if (cls) fileClasses(cls, doc, state);
  if ((cls && classHintsPrice(cls, state)) || (a.id && PRICE_HINT.test(a.id)) || (a.itemprop && PRICE_HINT.test(a.itemprop)) || a['data-price'] !== undefined) {
    lists.priceNodes.push(el);
  }
}

/**
 * Adds a class attribute's tokens to the marker set. A string seen before while the set still
 * has room was filed whole then, so it is skipped; once the set is full every occurrence is
 * counted as dropped, as before.
 */
function fileClasses(cls: string, doc: PageDoc, state: WalkState): void {
  if (doc.classes.size < MAX_NAMES && state.classesFiled.has(cls)) return;
  const tokens = cls.split(/\s+/);
  const n = Math.min(tokens.length, MAX_CLASS_TOKENS_PER_EL);
  for (let i = 0; i < n; i++) if (tokens[i]) addName(doc.classes, tokens[i], state);
  if (doc.classes.size < MAX_NAMES && state.classesFiled.size < MAX_NAMES) state.classesFiled.add(cls);
}

function classHintsPrice(cls: string, state: WalkState): boolean {
  let hint = state.priceHint.get(cls);
  if (hint !== undefined) return hint;
  hint = PRICE_HINT.test(cls);
  // Bounded like the marker sets: a hostile page of unique class strings just tests each.
  if (state.priceHint.size < MAX_NAMES) state.priceHint.set(cls, hint);
  return hint;
}

/**
 * Raw characters read from one text node past what the limit still needs: room for the
 * indentation folding removes, without copying a 20 MB text node to read 200 characters of it.
 */
export const TEXT_NODE_SLACK = 4_096;

/** Nodes a text read visits per character of its limit (and a floor): empty markup is not free. */
export const NODES_PER_CHAR = 4;
export const MIN_NODE_BUDGET = 1_024;

/** The first `limit - size` characters of a text node, plus slack for whitespace. */
export function boundedData(data: string, remaining: number): string {
  const max = Math.max(0, remaining) + TEXT_NODE_SLACK;
  return data.length > max ? data.slice(0, max) : data;
}

/**
 * Text content of an element, whitespace folded. Skips script, style and template text.
 * Reads about `limit` characters, never much more: long text nodes are cut (TEXT_NODE_SLACK)
 * and the walk visits at most NODES_PER_CHAR nodes per character, so 100,000 empty elements
 * cost what `limit` allows, not a pass over all of them per call.
 */
export function textOf(node: AnyNode, limit = 100_000): string {
  const only = soleText(node);
  // A link, button or heading around one text node (most are): its text, folded, is what the walk gives.
  if (only !== null && limit > 0) return foldSpace(boundedData(only, limit)).trim();
  const parts: string[] = [];
  let size = 0;
  const stack: AnyNode[] = [node];
  let budget = Math.max(MIN_NODE_BUDGET, limit * NODES_PER_CHAR);
  while (stack.length && size < limit && budget-- > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const t = boundedData((n as unknown as { data: string }).data, limit - size);
      // Indentation must not use up the budget before the words (a price deep in markup).
      // It folds to one space below, so one space stands for it (kilobytes of it are common).
      if (/\S/.test(t)) {
        parts.push(t);
        size += t.length;
      } else parts.push(t && ' ');
    } else if ('children' in n && n.children) {
      const isRawText = n.type === 'script' || n.type === 'style';
      if (isRawText && n !== node) continue;
      if (n.type === 'tag' && ((n as Element).name === 'template' || (n as Element).name === 'noscript') && n !== node) continue;
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return foldSpace(parts.join('')).trim();
}

/** The text of a node whose one child is a text node; null for any other node. */
export function soleText(node: AnyNode): string | null {
  const kids = (node as Partial<Element>).children;
  return kids && kids.length === 1 && kids[0].type === 'text' ? (kids[0] as unknown as { data: string }).data : null;
}

/** Raw text of a script or style element (no whitespace folding). */
export function rawText(el: Element): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text') s += (c as unknown as { data: string }).data;
  return s;
}

/** Attribute helper that treats empty strings as missing. */
/** The element holding `el`, or null at the top (the document root is not an element). */
export function parentTag(el: Element): Element | null {
  const p = el.parent;
  return p && p.type === 'tag' ? (p as Element) : null;
}

export function attr(el: Element, name: string): string | null {
  const v = el.attribs[name];
  return v === undefined || v.trim() === '' ? null : v.trim();
}

/** Resolve a possibly relative URL against the page URL; null when it is not http(s). */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  return resolveUrl(href, base)?.href ?? null;
}

/** The same, parsed: for readers that go on to read the URL's parts. */
export function resolveUrl(href: string | null | undefined, base: string): URL | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
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
