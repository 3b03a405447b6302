/**
 * Finds the marketing technologies on a page. One pass over each PageDoc list (scripts,
 * links, iframes, images, anchors, metas, DOM markers) and over the capture's loaded URLs and
 * globals, each tested against the pattern set compiled for it; every match becomes evidence
 * that says where it was found.
 */
import { locate, type PageDoc } from '../document';
import type { CaptureInput, Evidence, EvidenceSource, Technology } from '../types';
import type { CompiledSignatures, PatternKind, PatternTag } from './compile';
import { combineConfidence, IMPLIES_FACTOR, round } from './confidence';
import type { PatternHit } from './pattern-set';
import { COMPILED } from './registry';
import type { Element } from 'domhandler';

/** Evidence kept per technology and kind: enough to show where, not every Shopify image. */
const MAX_EVIDENCE_PER_KIND = 3;
const MAX_VALUE_LENGTH = 200;
/** Inline-script evidence shows this much text around the match. */
const SNIPPET_CONTEXT = 60;

/** Evidence sources for each kind of pattern; raw-HTML matches are reported as DOM evidence. */
const KIND_SOURCE: Readonly<Record<PatternKind, EvidenceSource>> = {
  'script-src': 'script-src',
  resource: 'resource',
  'inline-script': 'inline-script',
  cookie: 'cookie',
  meta: 'meta',
  dom: 'dom',
  global: 'global',
  link: 'link',
  html: 'dom',
};

/** Script types that hold data or markup, not vendor code (JSON-LD, app state, templates). */
const NOT_CODE = /json|template|importmap|speculationrules|text\/html/i;

export function detectTechnologies(doc: PageDoc, capture: CaptureInput, compiled: CompiledSignatures = COMPILED): Technology[] {
  const found = new Found(compiled);
  scanScripts(doc, compiled, found);
  scanElementUrls(doc, compiled, found);
  for (const url of capture.resources ?? []) found.addHits(compiled.loadedUrls.match(url), () => ({ value: url }), 'resource');
  for (const a of doc.anchors) {
    const href = a.attribs.href;
    if (href) found.addHits(compiled.anchors.match(href), () => ({ value: href, selector: locate(a) }));
  }
  scanMetas(doc, compiled, found);
  scanDom(doc, compiled, found);
  for (const name of capture.globals ?? []) for (const sig of compiled.globals.get(name) ?? []) found.add(sig, 'global', { value: name });
  if (compiled.html.size) found.addHits(compiled.html.match(doc.html), (hit) => ({ value: snippet(doc.html, hit) }));
  return found.technologies();
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

function scanScripts(doc: PageDoc, compiled: CompiledSignatures, found: Found): void {
  for (const s of doc.scripts) {
    const src = scriptUrl(s);
    if (src) {
      found.addHits(compiled.scriptUrls.match(src), () => ({ value: src, selector: locateScript(s.el) }), 'script-src');
    }
    if (s.text && !(s.type && NOT_CODE.test(s.type))) {
      found.addHits(compiled.inline.match(s.text), (hit) => ({ value: snippet(s.text, hit), selector: locateScript(s.el) }));
    }
  }
}

function scanElementUrls(doc: PageDoc, compiled: CompiledSignatures, found: Found): void {
  const scan = (els: Element[], attr: string) => {
    for (const el of els) {
      const url = el.attribs[attr];
      if (url) found.addHits(compiled.elementUrls.match(url), () => ({ value: url, selector: locate(el) }));
    }
  };
  scan(doc.links, 'href');
  scan(doc.iframes, 'src');
  scan(doc.images, 'src');
}

function scanMetas(doc: PageDoc, compiled: CompiledSignatures, found: Found): void {
  if (!compiled.meta.size) return;
  for (const m of doc.metas) {
    const key = (m.attribs.name ?? m.attribs.property ?? '').toLowerCase();
    const tests = key ? compiled.meta.get(key) : undefined;
    if (!tests) continue;
    const content = m.attribs.content ?? '';
    const attr = m.attribs.name !== undefined ? 'name' : 'property';
    for (const t of tests) {
      if (t.re.test(content)) found.add(t.sig, 'meta', { value: `${key}: ${content}`, selector: `meta[${attr}="${key}"]` });
    }
  }
}

function scanDom(doc: PageDoc, compiled: CompiledSignatures, found: Found): void {
  const sets: Record<string, Set<string>> = { '#': doc.ids, '.': doc.classes, '[': doc.attrNames };
  for (const [key, sigs] of compiled.domExact) {
    const type = key[0];
    if (!sets[type]?.has(key.slice(1))) continue;
    const marker = type === '[' ? `[${key.slice(1)}]` : key;
    for (const sig of sigs) found.add(sig, 'dom', { value: marker, selector: marker });
  }
  for (const p of compiled.domPrefix) {
    const set = sets[p.type];
    if (!set) continue;
    for (const name of set) {
      if (!name.startsWith(p.prefix)) continue;
      const marker = p.type === '[' ? `[${name}]` : p.type + name;
      found.add(p.sig, 'dom', { value: marker, selector: marker });
      break;
    }
  }
}

/** document.locate() walks 'tag' nodes only; domhandler types <script> as 'script', so locate it from its parent. */
function locateScript(el: Element): string {
  if (el.attribs.id) return `script#${el.attribs.id}`;
  const parent = el.parent as Element | null;
  const base = parent && parent.type === 'tag' ? locate(parent) : '';
  return base ? `${base} > script` : 'script';
}

/** Inline text around a match, whitespace folded, at most MAX_VALUE_LENGTH characters. */
function snippet(text: string, hit: PatternHit<PatternTag>): string {
  const start = Math.max(0, hit.index - SNIPPET_CONTEXT);
  const end = Math.min(text.length, hit.index + Math.max(hit.text.length, 1) + SNIPPET_CONTEXT);
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Evidence collected per signature, then turned into technologies. */
class Found {
  private readonly bySig = new Map<number, Map<PatternKind, Evidence[]>>();

  constructor(private readonly compiled: CompiledSignatures) {}

  /** `kindOverride` re-labels URL hits by where the URL came from (a script tag, a loaded resource). */
  addHits(hits: PatternHit<PatternTag>[], where: (hit: PatternHit<PatternTag>) => Omit<Evidence, 'source'>, kindOverride?: PatternKind): void {
    for (const hit of hits) this.add(hit.tag.sig, kindOverride ?? hit.tag.kind, where(hit));
  }

  add(sig: number, kind: PatternKind, where: Omit<Evidence, 'source'>): void {
    let kinds = this.bySig.get(sig);
    if (!kinds) this.bySig.set(sig, (kinds = new Map()));
    const list = kinds.get(kind) ?? [];
    if (list.length >= MAX_EVIDENCE_PER_KIND) return;
    const value = where.value.length > MAX_VALUE_LENGTH ? where.value.slice(0, MAX_VALUE_LENGTH - 1) + '…' : where.value;
    if (list.some((e) => e.value === value)) return;
    const ev: Evidence = { source: KIND_SOURCE[kind], value, ref: this.compiled.signatures[sig].id };
    if (where.selector) ev.selector = where.selector;
    list.push(ev);
    kinds.set(kind, list);
  }

  technologies(): Technology[] {
    const byId = new Map<string, Technology>();
    for (const [sig, kinds] of this.bySig) {
      const s = this.compiled.signatures[sig];
      byId.set(s.id, this.technology(sig, combineConfidence(kinds.keys()), [...kinds.values()].flat()));
    }
    this.addImplied(byId);
    return [...byId.values()].sort((a, b) => b.confidence - a.confidence || a.name.localeCompare(b.name));
  }

  /** Adds what detected technologies imply, transitively; an implied one already found gets the evidence too. */
  private addImplied(byId: Map<string, Technology>): void {
    const index = new Map(this.compiled.signatures.map((s, i) => [s.id, i]));
    const queue = [...byId.values()];
    while (queue.length) {
      const parent = queue.shift()!;
      const parentSig = this.compiled.signatures[index.get(parent.id)!];
      for (const id of parentSig.implies ?? []) {
        const sig = index.get(id);
        if (sig === undefined) continue;
        const ev: Evidence = { source: 'implies', value: parent.name, ref: id };
        const existing = byId.get(id);
        if (existing) {
          if (!existing.evidence.some((e) => e.source === 'implies' && e.value === parent.name)) existing.evidence.push(ev);
          continue;
        }
        const implied = this.technology(sig, round(parent.confidence * IMPLIES_FACTOR), [ev]);
        byId.set(id, implied);
        queue.push(implied);
      }
    }
  }

  private technology(sig: number, confidence: number, evidence: Evidence[]): Technology {
    const s = this.compiled.signatures[sig];
    return { id: s.id, name: s.name, categories: [...s.categories], channels: [...s.channels], stage: s.stage, confidence, evidence, website: s.website };
  }
}
