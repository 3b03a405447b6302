/**
 * What changes on every load and must never count as a change: as data. Text is compared after
 * these patterns are masked; promotion kinds and weak detections listed here are left out.
 */
import type { Promotion } from '../analyze/types';

/** Patterns masked in any compared text (headline, promotion): clocks, dates, tokens, live counters. */
export const NOISE_PATTERNS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'iso-time', pattern: /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g },
  { name: 'clock', pattern: /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi },
  { name: 'countdown', pattern: /\b\d+\s*(?:d|h|m|s|days?|hours?|hrs?|mins?|minutes?|secs?|seconds?|วัน|ชั่วโมง|นาที|วินาที|ngày|giờ|phút|giây|일|시간|분|초)\b/gi },
  { name: 'relative-time', pattern: /\b\d+\s+\w+\s+ago\b/gi },
  { name: 'token', pattern: /\b[A-Za-z0-9_-]*\d[A-Za-z0-9_-]*[A-Za-z][A-Za-z0-9_-]{20,}\b|\b[a-f0-9]{24,}\b/gi },
  { name: 'live-counter', pattern: /\b\d[\d,.]*\s+(?:people|others|shoppers|customers|visitors)\b[^.!?]*(?:viewing|looking|bought|watching|in (?:their )?carts?)/gi },
];

/** Text as compared: noise masked, white space collapsed, case folded. */
export function normalizeText(text: string | null | undefined): string {
  let s = (text ?? '').normalize('NFKC');
  for (const { pattern } of NOISE_PATTERNS) s = s.replace(pattern, '#');
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Promotion kinds whose text differs on every load (a countdown's remaining time). */
export const VOLATILE_PROMOTIONS: ReadonlySet<Promotion['type']> = new Set(['countdown']);

/**
 * A technology seen only through weak evidence (a raw-HTML pattern) comes and goes with what a
 * load happens to include; only detections at least this sure count as added or removed.
 */
export const MIN_TECHNOLOGY_CONFIDENCE = 0.5;

/** Follower counts move on every load of a big profile; smaller moves than this are not news. */
export const MIN_FOLLOWER_CHANGE = { relative: 0.01, absolute: 10 } as const;

/** Offers beyond the first few are rotating recommendations ("you may also like"), not the page's offer. */
export const MAX_COMPARED_OFFERS = 3;
