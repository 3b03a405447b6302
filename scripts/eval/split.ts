/**
 * The one rule that splits every labelled set into a half we may tune on and a half we only
 * measure. Labels written by the hands that tuned the extractors overstate accuracy; the
 * holdout half keeps a figure nobody tuned to, as long as nobody reads its misses to fix code.
 *
 * The split is a hash of the case's key (a corpus path, a formasaurus page, a price string),
 * so it never depends on the order of a file, on who added a label, or on a choice by hand.
 * Changing this file re-deals every set and makes earlier holdout figures worthless: don't.
 */

export type Half = 'tune' | 'holdout';
export const HALVES: readonly Half[] = ['tune', 'holdout'];

/** FNV-1a (32 bit) over the key's UTF-16 code units: small, stable, no dependency. */
export function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The half a case belongs to: even hash → tune, odd → holdout. */
export function halfOf(key: string): Half {
  return fnv1a(key) % 2 === 0 ? 'tune' : 'holdout';
}

/** The cases of each half, in their original order. */
export function splitByHalf<T>(items: readonly T[], keyOf: (item: T) => string): Record<Half, T[]> {
  const out: Record<Half, T[]> = { tune: [], holdout: [] };
  for (const item of items) out[halfOf(keyOf(item))].push(item);
  return out;
}

/** "offers: product price" → "offers: product price [holdout]". */
export function halfName(name: string, half: Half): string {
  return `${name} [${half}]`;
}
