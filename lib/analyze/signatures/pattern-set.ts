/**
 * A set of case-insensitive patterns tested against one text in a single pass.
 *
 * One scan with an alternation of every pattern's literal anchor finds which anchors occur;
 * only the patterns behind those anchors are then run. Patterns without an anchor are run
 * on every text. Each pattern reports at most its first match per text. Quantifiers are
 * bounded at compile time (bounded.ts), so matching is linear in the text's length.
 */
import { requiredLiteral, splitTopLevel } from './literal';
import { escapeRegExp } from '../../text/regexp';
import { boundQuantifiers } from './bounded';
import { AnchorScanner } from './anchor-scan';

export interface PatternHit<T> {
  tag: T;
  /** The matched text. */
  text: string;
  index: number;
}

interface CompiledPattern<T> {
  re: RegExp;
  tag: T;
}

export class PatternSet<T> {
  private readonly byAnchor = new Map<string, CompiledPattern<T>[]>();
  private readonly unanchored: CompiledPattern<T>[] = [];
  /** Anchors contained in each anchor: a scan that finds the longer one has found these too. */
  private readonly contained = new Map<string, string[]>();
  /** Finds the anchors in a text: the character scan, or the alternation regex for anchors it does not handle (non-ASCII). */
  private readonly fast: AnchorScanner | null;
  private readonly scanner: RegExp | null;
  readonly size: number;

  /**
   * `onError` hears about sources that do not compile; they are left out. `maxText` cuts each
   * tested text first (URL sets: MAX_URL_TEXT).
   */
  constructor(
    entries: readonly { source: string; tag: T }[],
    onError: (source: string, error: string, tag: T) => void,
    private readonly maxText = Infinity,
  ) {
    let size = 0;
    for (const { source, tag } of entries) {
      for (const part of splitTopLevel(source)) {
        const re = compile(part, (error) => onError(part, error, tag));
        if (!re) continue;
        size++;
        const anchor = requiredLiteral(part);
        if (anchor) push(this.byAnchor, anchor, { re, tag });
        else this.unanchored.push({ re, tag });
      }
    }
    this.size = size;
    const anchors = [...this.byAnchor.keys()].sort((a, b) => b.length - a.length);
    for (const a of anchors) this.contained.set(a, anchors.filter((b) => b !== a && a.includes(b)));
    this.fast = anchors.length && AnchorScanner.handles(anchors) ? new AnchorScanner(anchors, this.contained) : null;
    this.scanner = anchors.length && !this.fast ? new RegExp(anchors.map(escapeRegExp).join('|'), 'gi') : null;
  }

  /** Every pattern that matches `text`, once each. */
  match(whole: string): PatternHit<T>[] {
    const hits: PatternHit<T>[] = [];
    if (!whole) return hits;
    const text = whole.length > this.maxText ? whole.slice(0, this.maxText) : whole;
    for (const anchor of this.anchorsIn(text)) {
      for (const p of this.byAnchor.get(anchor)!) test(p, text, hits);
    }
    for (const p of this.unanchored) test(p, text, hits);
    return hits;
  }

  private anchorsIn(text: string): Set<string> {
    if (this.fast) return this.fast.find(text);
    const found = new Set<string>();
    const scanner = this.scanner;
    if (!scanner) return found;
    scanner.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scanner.exec(text))) {
      const anchor = m[0].toLowerCase();
      if (!found.has(anchor)) {
        found.add(anchor);
        for (const inner of this.contained.get(anchor) ?? []) found.add(inner);
      }
      // Step one character, not past the match: another anchor may start inside this one.
      scanner.lastIndex = m.index + 1;
    }
    return found;
  }
}

function test<T>(p: CompiledPattern<T>, text: string, hits: PatternHit<T>[]): void {
  const m = p.re.exec(text);
  if (m) hits.push({ tag: p.tag, text: m[0], index: m.index });
}

function compile(source: string, onError: (error: string) => void): RegExp | null {
  try {
    return new RegExp(boundQuantifiers(source), 'i');
  } catch (e) {
    onError((e as Error).message);
    return null;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
