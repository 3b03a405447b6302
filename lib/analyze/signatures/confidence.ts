/**
 * How sure a detection is, from the kinds of evidence behind it. A vendor's script URL or its
 * snippet is strong on its own; a class name or a cookie name is weaker, and a raw-HTML
 * pattern (the last resort) is weak alone. Independent kinds combine as 1 - Π(1 - wᵢ), the
 * same rule the channel inference uses, so a script plus its inline call beats either alone.
 */
import type { PatternKind } from './compile';

export const KIND_WEIGHT: Readonly<Record<PatternKind, number>> = {
  'script-src': 0.9,
  resource: 0.85,
  'inline-script': 0.85,
  global: 0.85,
  meta: 0.8,
  form: 0.8,
  link: 0.75,
  dom: 0.6,
  cookie: 0.6,
  html: 0.35,
};

/** A technology implied by another is as likely as its source, a little less. */
export const IMPLIES_FACTOR = 0.9;

/** Highest confidence a detection reports: page evidence is never proof. */
const MAX_CONFIDENCE = 0.99;

export function combineConfidence(kinds: Iterable<PatternKind>): number {
  let miss = 1;
  for (const kind of new Set(kinds)) miss *= 1 - KIND_WEIGHT[kind];
  return round(Math.min(MAX_CONFIDENCE, 1 - miss));
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
