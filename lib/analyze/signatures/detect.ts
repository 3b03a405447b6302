/**
 * Finds the marketing technologies on a page. One pass over each PageDoc list (scripts and
 * the URLs their text names, links, iframes, images, anchors, form actions, metas, DOM
 * markers) and over the capture's loaded URLs and
 * globals, each tested against the pattern set compiled for it; every match becomes evidence
 * that says where it was found.
 */
import { locate, type PageDoc } from '../document';
import type { CaptureInput, Technology } from '../types';
import type { CompiledSignatures, PatternTag } from './compile';
import { EvidenceCollector } from './collect';
import { commentRanges, inRanges } from './comments';
import { heldForConsent } from './consent-held';
import { isImageLink, isInertConfigUrl } from './evidence-rules';
import { inlineUrlsAt } from './inline-urls';
import type { PatternHit } from './pattern-set';
import { COMPILED } from './registry';
import type { Element } from 'domhandler';

/** Loaded-resource URLs read from the capture (a busy page loads a few hundred), and meta content characters. */
const MAX_RESOURCES = 5_000;
const MAX_META_TEXT = 2_000;

/** Inline-script evidence shows this much text around the match. */
const SNIPPET_CONTEXT = 60;

/** Script types that hold data or markup, not vendor code (JSON-LD, app state, templates). */
const NOT_CODE = /json|template|importmap|speculationrules|text\/html/i;

/**
 * JSON-LD describes the page (its sameAs profiles, images); the URLs in it are links, not
 * scripts the page loads, so its text is not searched for script URLs.
 */
const DESCRIBES_PAGE = /ld\+json/i;

export function detectTechnologies(doc: PageDoc, capture: CaptureInput, compiled: CompiledSignatures = COMPILED): Technology[] {
  const found = new EvidenceCollector(compiled);
  scanScripts(doc, compiled, found);
  scanElementUrls(doc, compiled, found);
  doc.limits.note('capture.resources', MAX_RESOURCES, (capture.resources?.length ?? 0) - MAX_RESOURCES);
  for (const url of (capture.resources ?? []).slice(0, MAX_RESOURCES)) found.addHits(compiled.loadedUrls.match(url), () => ({ value: url }), 'resource');
  // Links repeat (menus in header, footer and drawer): each distinct href is matched once.
  const anchorHits = new Map<string, PatternHit<PatternTag>[]>();
  for (const a of doc.anchors) {
    const href = a.attribs.href;
    if (!href) continue;
    let hits = anchorHits.get(href);
    if (!hits) anchorHits.set(href, (hits = isImageLink(href) ? [] : compiled.anchors.match(href)));
    found.addHits(hits, () => ({ value: href, selector: locate(a) }));
  }
  for (const form of doc.forms) {
    const action = form.attribs.action;
    if (action) found.addHits(compiled.formActions.match(action), () => ({ value: action, selector: locate(form) }), 'form');
  }
  scanMetas(doc, compiled, found);
  scanDom(doc, compiled, found);
  for (const name of capture.globals ?? []) for (const sig of compiled.globals.get(name) ?? []) found.add(sig, 'global', { value: name });
  if (compiled.html.size) scanHtml(doc.html, compiled, found);
  return found.technologies();
}

/** Raw-HTML patterns, the last resort; a match inside an HTML comment is a disabled tag, not evidence. */
function scanHtml(html: string, compiled: CompiledSignatures, found: EvidenceCollector): void {
  const hits = compiled.html.match(html);
  if (!hits.length) return;
  const comments = commentRanges(html);
  found.addHits(hits.filter((hit) => !inRanges(comments, hit.index)), (hit) => ({ value: snippet(html, hit) }));
}

/**
 * Where script-delaying plugins (WP Rocket, lazy loaders) park a script's URL until the first
 * interaction; the script is still the vendor's tag.
 */
const DELAYED_SRC_ATTRS = ['data-rocket-src', 'data-src', 'data-lazy-src'];

function scriptUrl(s: PageDoc['scripts'][number]): string | null {
  if (s.src) return s.src;
  for (const name of DELAYED_SRC_ATTRS) if (s.el.attribs[name]) return s.el.attribs[name];
  return null;
}

function scanScripts(doc: PageDoc, compiled: CompiledSignatures, found: EvidenceCollector): void {
  for (const s of doc.scripts) {
    const src = scriptUrl(s);
    const held = heldForConsent(s.el, s.type) ? ({ held: 'consent' } as const) : {};
    if (src) {
      found.addHits(compiled.scriptUrls.match(src), () => ({ value: src, selector: locate(s.el), ...held }), 'script-src');
    }
    if (!s.text) continue;
    if (!(s.type && NOT_CODE.test(s.type))) {
      const hits = compiled.inline.match(s.text).filter((hit) => !isInertConfigUrl(s.text, hit.index));
      found.addHits(hits, (hit) => ({ value: snippet(s.text, hit), selector: locate(s.el), ...held }));
    }
    if (!(s.type && DESCRIBES_PAGE.test(s.type))) scanInlineUrls(s, compiled, found, held);
  }
}

/** Script URLs an inline loader or JSON config writes (Shopify's asyncLoad list), tested as script URLs. */
function scanInlineUrls(s: PageDoc['scripts'][number], compiled: CompiledSignatures, found: EvidenceCollector, held: { held?: 'consent' }): void {
  for (const { url, index } of inlineUrlsAt(s.text)) {
    const hits = compiled.scriptUrls.match(url);
    if (hits.length && isInertConfigUrl(s.text, index)) continue;
    if (hits.length) found.addHits(hits, () => ({ value: url, selector: locate(s.el), ...held }), 'inline-script');
  }
}

function scanElementUrls(doc: PageDoc, compiled: CompiledSignatures, found: EvidenceCollector): void {
  const scan = (els: Element[], attr: string) => {
    for (const el of els) {
      const url = el.attribs[attr];
      if (!url) continue;
      // A preloaded script is the script itself, so script-src patterns apply to it too.
      const set = el.name === 'link' && isScriptPreload(el) ? compiled.scriptUrls : compiled.elementUrls;
      found.addHits(set.match(url), () => ({ value: url, selector: locate(el) }), 'resource');
    }
  };
  scan(doc.links, 'href');
  scan(doc.iframes, 'src');
  scan(doc.images, 'src');
}

function isScriptPreload(link: Element): boolean {
  const rel = (link.attribs.rel ?? '').toLowerCase();
  return rel.includes('modulepreload') || (rel.includes('preload') && (link.attribs.as ?? '').toLowerCase() === 'script');
}

function scanMetas(doc: PageDoc, compiled: CompiledSignatures, found: EvidenceCollector): void {
  if (!compiled.meta.size) return;
  for (const m of doc.metas) {
    const key = (m.attribs.name ?? m.attribs.property ?? '').toLowerCase();
    const tests = key ? compiled.meta.get(key) : undefined;
    if (!tests) continue;
    const content = (m.attribs.content ?? '').slice(0, MAX_META_TEXT);
    const attr = m.attribs.name !== undefined ? 'name' : 'property';
    for (const t of tests) {
      if (t.re.test(content)) found.add(t.sig, 'meta', { value: `${key}: ${content}`, selector: `meta[${attr}="${key}"]` });
    }
  }
}

function scanDom(doc: PageDoc, compiled: CompiledSignatures, found: EvidenceCollector): void {
  const sets: Record<string, Set<string>> = { '#': doc.ids, '.': doc.classes, '[': doc.attrNames, '<': doc.tagNames };
  for (const [key, sigs] of compiled.domExact) {
    const type = key[0];
    if (!sets[type]?.has(key.slice(1))) continue;
    const marker = domMarker(type, key.slice(1));
    for (const sig of sigs) found.add(sig, 'dom', { value: marker, selector: marker });
  }
  for (const p of compiled.domPrefix) {
    const set = sets[p.type];
    if (!set) continue;
    for (const name of set) {
      if (!name.startsWith(p.prefix)) continue;
      const marker = domMarker(p.type, name);
      found.add(p.sig, 'dom', { value: marker, selector: marker });
      break;
    }
  }
}

/** A marker as a CSS selector: `[attr]`, `#id`, `.class`, or a bare tag name. */
function domMarker(type: string, name: string): string {
  if (type === '[') return `[${name}]`;
  return type === '<' ? name : type + name;
}

/** Inline text around a match, whitespace folded, at most MAX_VALUE_LENGTH characters. */
function snippet(text: string, hit: PatternHit<PatternTag>): string {
  const start = Math.max(0, hit.index - SNIPPET_CONTEXT);
  const end = Math.min(text.length, hit.index + Math.max(hit.text.length, 1) + SNIPPET_CONTEXT);
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}
