/**
 * Collects the evidence detection finds, per signature and kind, and turns it into
 * technologies: confidence from the kinds of evidence, then what they imply.
 */
import type { Evidence, EvidenceSource, Technology } from '../types';
import type { CompiledSignatures, PatternKind, PatternTag } from './compile';
import { combineConfidence, IMPLIES_FACTOR, round } from './confidence';
import type { PatternHit } from './pattern-set';

/** Evidence kept per technology and kind: enough to show where, not every Shopify image. */
const MAX_EVIDENCE_PER_KIND = 3;
const MAX_VALUE_LENGTH = 200;

/** Evidence sources for each kind of pattern. */
const KIND_SOURCE: Readonly<Record<PatternKind, EvidenceSource>> = {
  'script-src': 'script-src',
  resource: 'resource',
  'inline-script': 'inline-script',
  cookie: 'cookie',
  meta: 'meta',
  dom: 'dom',
  global: 'global',
  link: 'link',
  form: 'form',
  html: 'html',
};

export type Where = Omit<Evidence, 'source' | 'ref'>;

/** Evidence collected per signature, then turned into technologies. */
export class EvidenceCollector {
  private readonly bySig = new Map<number, Map<PatternKind, Evidence[]>>();

  constructor(private readonly compiled: CompiledSignatures) {}

  /** `kindOverride` re-labels URL hits by where the URL came from (a script tag, a loaded resource). */
  addHits(hits: PatternHit<PatternTag>[], where: (hit: PatternHit<PatternTag>) => Where, kindOverride?: PatternKind): void {
    for (const hit of hits) this.add(hit.tag.sig, kindOverride ?? hit.tag.kind, where(hit));
  }

  add(sig: number, kind: PatternKind, where: Where): void {
    let kinds = this.bySig.get(sig);
    if (!kinds) this.bySig.set(sig, (kinds = new Map()));
    const list = kinds.get(kind) ?? [];
    if (list.length >= MAX_EVIDENCE_PER_KIND) return;
    const value = where.value.length > MAX_VALUE_LENGTH ? where.value.slice(0, MAX_VALUE_LENGTH - 1) + '…' : where.value;
    if (list.some((e) => e.value === value)) return;
    const ev: Evidence = { source: KIND_SOURCE[kind], value, ref: this.compiled.signatures[sig].id };
    if (where.selector) ev.selector = where.selector;
    if (where.held) ev.held = where.held;
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
        if (parent.held) implied.held = parent.held;
        byId.set(id, implied);
        queue.push(implied);
      }
    }
  }

  private technology(sig: number, confidence: number, evidence: Evidence[]): Technology {
    const s = this.compiled.signatures[sig];
    const tech: Technology = { id: s.id, name: s.name, categories: [...s.categories], channels: [...s.channels], stage: s.stage, confidence, evidence, website: s.website };
    if (parkedOnly(evidence)) tech.held = 'consent';
    return tech;
  }
}

/**
 * Sources that show a tag ran or was set up to run on the page; raw-HTML matches and implications
 * say nothing either way (the raw HTML holds the parked script too).
 */
const NEUTRAL: ReadonlySet<EvidenceSource> = new Set(['html', 'implies']);

/** Parked until consent: some evidence is a parked tag and none shows the tag running. */
function parkedOnly(evidence: readonly Evidence[]): boolean {
  return evidence.some((e) => e.held) && evidence.every((e) => e.held || NEUTRAL.has(e.source));
}
