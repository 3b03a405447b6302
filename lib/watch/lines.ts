/**
 * A change in one line the user reads in a notification, the inbox and the digest:
 * "Shop A: price 1,290 ฿ → 990 ฿", "Shop B added TikTok Pixel". Pure: the translator is passed in.
 */
import { formatPrice } from '../numbers/format-price';
import type { WatchChange } from './types';

type Translate = (key: string, ...subs: (string | number)[]) => string;

const count = (n: number) => n.toLocaleString('en-US');

/** `field` and direction → message key and the values it is given after the competitor's name. */
export function changeLine(t: Translate, name: string, c: WatchChange): string {
  const price = (v: WatchChange['before']) => (typeof v === 'number' ? formatPrice(v, c.currency) : t('watch_none'));
  const went = c.after === null || c.after === false;
  switch (c.field) {
    case 'price':
      return t('watch_line_price', name, price(c.before), price(c.after));
    case 'regular-price':
      return t('watch_line_regular_price', name, price(c.before), price(c.after));
    case 'availability':
      return t('watch_line_availability', name, t(`availability_${String(c.before)}`), t(`availability_${String(c.after)}`));
    case 'headline':
      return t('watch_line_headline', name, String(c.before ?? ''), String(c.after ?? ''));
    case 'email-capture':
      return t(went ? 'watch_line_email_removed' : 'watch_line_email_added', name);
    case 'followers':
      return t('watch_line_followers', name, String(c.subject ?? ''), typeof c.before === 'number' ? count(c.before) : '?', typeof c.after === 'number' ? count(c.after) : '?');
    case 'promotion':
    case 'technology':
    case 'social':
      return t(`watch_line_${c.field}_${went ? 'removed' : 'added'}`, name, String((went ? c.before : c.after) ?? c.subject ?? ''));
  }
}

/** Changes grouped per competitor, in the order they came: one notification per group. */
export function groupByCompetitor<T extends { competitorId: number | null }>(changes: readonly T[]): Map<number | null, T[]> {
  const out = new Map<number | null, T[]>();
  for (const c of changes) out.set(c.competitorId, [...(out.get(c.competitorId) ?? []), c]);
  return out;
}
