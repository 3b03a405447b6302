/**
 * Compiles the signature data once into lookup structures grouped by where a pattern is
 * tested, so detection makes one pass over each list of the page instead of one per signature.
 */
import { escapeRegExp } from '../../text/regexp';
import { PatternSet } from './pattern-set';
import { boundQuantifiers, MAX_URL_TEXT } from './bounded';
import type { Signature } from './types';

/** Which kind of pattern matched; confidence weights are keyed by it (see confidence.ts). */
export type PatternKind = 'script-src' | 'resource' | 'inline-script' | 'cookie' | 'meta' | 'dom' | 'global' | 'link' | 'form' | 'html';

export interface PatternTag {
  /** Index into CompiledSignatures.signatures. */
  sig: number;
  kind: PatternKind;
}

interface DomPrefix {
  /** '#', '.', '[' or '<' (a custom element's tag name) */
  type: string;
  prefix: string;
  marker: string;
  sig: number;
}

export interface CompiledSignatures {
  signatures: readonly Signature[];
  /** For <script src>: scriptSrc and resources patterns. */
  scriptUrls: PatternSet<PatternTag>;
  /** For link href, iframe and img src: resources patterns. */
  elementUrls: PatternSet<PatternTag>;
  /** For the URLs the capture saw loading: scriptSrc and resources patterns. */
  loadedUrls: PatternSet<PatternTag>;
  /** For inline script text: inline patterns and the cookie names scripts write. */
  inline: PatternSet<PatternTag>;
  /** For <a href>: links patterns. */
  anchors: PatternSet<PatternTag>;
  /** For <form action>: links and resources patterns (a signup form posting to the vendor). */
  formActions: PatternSet<PatternTag>;
  /** For the raw HTML: the last-resort html patterns. */
  html: PatternSet<PatternTag>;
  /** meta name/property (lower-case) → content tests. */
  meta: Map<string, { re: RegExp; sig: number }[]>;
  /** '#id', '.class', '[attr]' (attribute lower-case), '<tag' (custom element) → signatures. */
  domExact: Map<string, number[]>;
  domPrefix: DomPrefix[];
  /** window global name → signatures. */
  globals: Map<string, number[]>;
}

export function compileSignatures(signatures: readonly Signature[], onError: (message: string) => void): CompiledSignatures {
  const entries = (pick: (s: Signature) => string[] | undefined, kind: PatternKind) =>
    signatures.flatMap((s, sig) => (pick(s) ?? []).map((source) => ({ source, tag: { sig, kind } })));
  const set = (list: { source: string; tag: PatternTag }[], maxText?: number) =>
    new PatternSet(list, (source, error, tag) => onError(`${signatures[tag.sig].id}: bad ${tag.kind} pattern /${source}/: ${error}`), maxText);
  const urls = (list: { source: string; tag: PatternTag }[]) => set(list, MAX_URL_TEXT);

  const scriptSrc = entries((s) => s.patterns.scriptSrc, 'script-src');
  const resources = entries((s) => s.patterns.resources, 'resource');
  const cookies = signatures.flatMap((s, sig) => (s.patterns.cookies ?? []).map((name) => ({ source: cookiePattern(name), tag: { sig, kind: 'cookie' as const } })));
  const links = entries((s) => s.patterns.links, 'link');
  const scriptUrls = urls([...scriptSrc, ...resources]);
  return {
    signatures,
    scriptUrls,
    elementUrls: urls(resources),
    loadedUrls: scriptUrls,
    inline: set([...entries((s) => s.patterns.inline, 'inline-script'), ...cookies]),
    anchors: urls(links),
    formActions: urls([...links, ...resources]),
    html: set(entries((s) => s.patterns.html, 'html')),
    meta: compileMeta(signatures, onError),
    ...compileDom(signatures),
    globals: compileGlobals(signatures),
  };
}

/**
 * A cookie name as a script writes or reads it: quoted (`'_fbp'`) or assigned (`_fbp=`).
 * A trailing `*` makes it a prefix (GA4's `_ga_<container>`).
 */
export function cookiePattern(name: string): string {
  const prefix = name.endsWith('*');
  const literal = escapeRegExp(prefix ? name.slice(0, -1) : name);
  return `(?:^|[\\s"'\`;(,])${literal}${prefix ? '[\\w-]*' : ''}(?=\\s*=|["'\`])`;
}

function compileMeta(signatures: readonly Signature[], onError: (message: string) => void): CompiledSignatures['meta'] {
  const meta: CompiledSignatures['meta'] = new Map();
  signatures.forEach((s, sig) => {
    for (const [key, source] of Object.entries(s.patterns.meta ?? {})) {
      try {
        const list = meta.get(key.toLowerCase()) ?? [];
        list.push({ re: new RegExp(boundQuantifiers(source), 'i'), sig });
        meta.set(key.toLowerCase(), list);
      } catch (e) {
        onError(`${s.id}: bad meta pattern /${source}/: ${(e as Error).message}`);
      }
    }
  });
  return meta;
}

function compileDom(signatures: readonly Signature[]): Pick<CompiledSignatures, 'domExact' | 'domPrefix'> {
  const domExact = new Map<string, number[]>();
  const domPrefix: DomPrefix[] = [];
  signatures.forEach((s, sig) => {
    for (const marker of s.patterns.dom ?? []) {
      const { type, name } = parseDomMarker(marker);
      if (name.endsWith('*')) domPrefix.push({ type, prefix: name.slice(0, -1), marker, sig });
      else domExact.set(type + name, [...(domExact.get(type + name) ?? []), sig]);
    }
  });
  return { domExact, domPrefix };
}

/** '#id' / '.class' keep their case; '[attr]' and a bare custom-element name ('klarna-placement') are lower-cased as the parser stores them. */
function parseDomMarker(marker: string): { type: string; name: string } {
  const type = marker[0];
  if (type === '[') return { type, name: marker.slice(1, -1).toLowerCase() };
  if (type === '#' || type === '.') return { type, name: marker.slice(1) };
  return { type: '<', name: marker.toLowerCase() };
}

function compileGlobals(signatures: readonly Signature[]): Map<string, number[]> {
  const globals = new Map<string, number[]>();
  signatures.forEach((s, sig) => {
    for (const name of s.patterns.globals ?? []) globals.set(name, [...(globals.get(name) ?? []), sig]);
  });
  return globals;
}
