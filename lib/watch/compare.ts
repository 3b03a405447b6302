/**
 * What changed between two FETCHED observations of a watched page (like with like: a fetched
 * check is never compared with the rendered clip). Pure. A thing only counts as added or removed
 * when one side has it surely and the other has no trace of it, so a weak detection flickering
 * between loads is not news; per-load noise is masked first (noise.ts).
 */
import type { Observation, Offer } from '../analyze/types';
import { MAX_COMPARED_OFFERS, MIN_FOLLOWER_CHANGE, MIN_TECHNOLOGY_CONFIDENCE, VOLATILE_PROMOTIONS, normalizeText } from './noise';
import type { WatchChange } from './types';

export function compareObservations(before: Observation, after: Observation): WatchChange[] {
  return [
    ...compareOffers(before.offers, after.offers),
    ...compareSets('promotion', promotions(before), promotions(after)),
    ...compareHeadline(before, after),
    ...compareTechnologies(before, after),
    ...compareSets('social', socials(before), socials(after)),
    ...compareEmailCapture(before, after),
    ...compareFollowers(before, after),
  ];
}

/** Identity of a change, to match the same change across the two fetches of a confirmation. */
export function changeKey(c: WatchChange): string {
  return JSON.stringify([c.field, c.subject, c.before, c.after]);
}

/**
 * The changes both fetches agree on: an A/B variant or a CDN blip shows in one fetch only and
 * is dropped. `second` comes from a fetch made right after the first.
 */
export function confirmedChanges(first: readonly WatchChange[], second: readonly WatchChange[]): WatchChange[] {
  const again = new Set(second.map(changeKey));
  return first.filter((c) => again.has(changeKey(c)));
}

const offerKey = (o: Offer, i: number) => o.sku ?? o.name ?? `#${i + 1}`;

function compareOffers(before: Offer[], after: Offer[]): WatchChange[] {
  const out: WatchChange[] = [];
  const prev = new Map(before.slice(0, MAX_COMPARED_OFFERS).map((o, i) => [offerKey(o, i), o]));
  after.slice(0, MAX_COMPARED_OFFERS).forEach((o, i) => {
    const key = offerKey(o, i);
    const p = prev.get(key);
    // An offer on one side only is a rotating recommendation or a parse of a different block.
    if (!p) return;
    const subject = o.name ?? o.sku ?? null;
    // A price that disappears (a sold-out product) is an availability change, not a price of null.
    if (p.price !== null && o.price !== null && p.price !== o.price && sameCurrency(p, o)) out.push({ field: 'price', subject, before: p.price, after: o.price, currency: o.currency });
    if ((p.regularPrice ?? null) !== (o.regularPrice ?? null)) out.push({ field: 'regular-price', subject, before: p.regularPrice ?? null, after: o.regularPrice ?? null, currency: o.currency });
    const pa = known(p.availability);
    const oa = known(o.availability);
    if (pa && oa && pa !== oa) out.push({ field: 'availability', subject, before: pa, after: oa });
  });
  return out;
}

/** A currency read on one side only (a page naming it in one place) is not a price change. */
const sameCurrency = (a: Offer, b: Offer) => !a.currency || !b.currency || a.currency === b.currency;
const known = (a: Offer['availability']) => (a && a !== 'unknown' ? a : null);

/** Promotions by their masked text; the shown text is the later one's. */
function promotions(o: Observation): Map<string, string> {
  return new Map(o.promotions.filter((p) => !VOLATILE_PROMOTIONS.has(p.type)).map((p) => [normalizeText(p.text), p.text.trim()]));
}

function socials(o: Observation): Map<string, string> {
  return new Map(o.socialProfiles.map((s) => [`${s.platform}:${s.handle.replace(/^@/, '')}`.toLowerCase(), `${s.platform}:${s.handle}`]));
}

function compareSets(field: 'promotion' | 'social', before: Map<string, string>, after: Map<string, string>): WatchChange[] {
  const out: WatchChange[] = [];
  for (const [k, v] of after) if (k && !before.has(k)) out.push({ field, subject: v, before: null, after: v });
  for (const [k, v] of before) if (k && !after.has(k)) out.push({ field, subject: v, before: v, after: null });
  return out;
}

function compareHeadline(before: Observation, after: Observation): WatchChange[] {
  const a = before.messaging?.headline ?? null;
  const b = after.messaging?.headline ?? null;
  // A headline read on one side only is a parse difference more often than a new message.
  if (!a || !b || normalizeText(a) === normalizeText(b)) return [];
  return [{ field: 'headline', subject: null, before: a.trim(), after: b.trim() }];
}

function compareTechnologies(before: Observation, after: Observation): WatchChange[] {
  const all = (o: Observation) => new Set(o.technologies.map((t) => t.id));
  const sure = (o: Observation) => o.technologies.filter((t) => t.confidence >= MIN_TECHNOLOGY_CONFIDENCE);
  const had = all(before);
  const has = all(after);
  return [
    ...sure(after).filter((t) => !had.has(t.id)).map((t): WatchChange => ({ field: 'technology', subject: t.id, before: null, after: t.name })),
    ...sure(before).filter((t) => !has.has(t.id)).map((t): WatchChange => ({ field: 'technology', subject: t.id, before: t.name, after: null })),
  ];
}

function compareEmailCapture(before: Observation, after: Observation): WatchChange[] {
  const a = before.emailCapture?.present ?? false;
  const b = after.emailCapture?.present ?? false;
  return a === b ? [] : [{ field: 'email-capture', subject: null, before: a, after: b }];
}

function compareFollowers(before: Observation, after: Observation): WatchChange[] {
  const a = before.profile;
  const b = after.profile;
  if (!a || !b || a.platform !== b.platform || a.followers == null || b.followers == null) return [];
  const delta = Math.abs(b.followers - a.followers);
  if (delta < MIN_FOLLOWER_CHANGE.absolute || delta < MIN_FOLLOWER_CHANGE.relative * Math.max(a.followers, 1)) return [];
  return [{ field: 'followers', subject: b.platform, before: a.followers, after: b.followers }];
}
