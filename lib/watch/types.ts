/**
 * The watch contract: how often a page is checked, what a check found, and the one-line changes
 * a check reports (`field` names are the message contract of `run-watches`).
 */
export type Every = 'hour' | '6h' | 'day' | 'week';
export const EVERY: readonly Every[] = ['hour', '6h', 'day', 'week'];

export type WatchField = 'price' | 'regular-price' | 'availability' | 'promotion' | 'headline' | 'technology' | 'social' | 'email-capture' | 'followers';
export const WATCH_FIELDS: readonly WatchField[] = ['price', 'regular-price', 'availability', 'promotion', 'headline', 'technology', 'social', 'email-capture', 'followers'];

/** One thing that changed on a watched page. `before` null = it appeared; `after` null = it went. */
export interface WatchChange {
  field: WatchField;
  /** What it is about: the offer, the technology, `platform:handle`, the platform of a profile. */
  subject: string | null;
  before: string | number | boolean | null;
  after: string | number | boolean | null;
  currency?: string | null;
}

/** Why a check failed; each has a sentence in the panel (`watch_reason_<reason>`). */
export type FailReason = 'network' | 'timeout' | 'rate-limited' | 'server-error' | 'http-error' | 'login' | 'bot-wall' | 'error-page' | 'not-html' | 'empty' | 'too-large' | 'too-slow' | 'access-revoked';

export type CheckOutcome = 'baseline' | 'unchanged' | 'changed' | 'unconfirmed' | 'failed';

/** What a watch shows: checking normally, failing several times in a row, paused, or its site's access removed. */
export type WatchState = 'watching' | 'failing' | 'paused' | 'revoked';
