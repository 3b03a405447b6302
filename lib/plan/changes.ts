/**
 * What changed between two clips of the same page: prices, headline, offers and promotions, a
 * new or dropped pixel or channel, follower counts. Pure; both observations stay linked so the
 * panel can open either as evidence.
 */
import type { Observation, Offer } from '../analyze/types';
import type { Id, PlanObservation } from './model';

export type ChangeKind =
  | 'price'
  | 'regular-price'
  | 'availability'
  | 'offer-added'
  | 'offer-removed'
  | 'headline'
  | 'title'
  | 'promotion-added'
  | 'promotion-removed'
  | 'technology-added'
  | 'technology-removed'
  | 'channel-added'
  | 'channel-removed'
  | 'followers'
  | 'cta-added'
  | 'cta-removed';

export interface Change {
  kind: ChangeKind;
  /** What the change is about: an offer name/sku, a technology name, a channel id, a platform. */
  subject: string | null;
  before: string | number | null;
  after: string | number | null;
  currency?: string | null;
}

export interface ChangeSet {
  observationId: Id;
  previousId: Id;
  url: string;
  previousAt: string;
  capturedAt: string;
  changes: Change[];
}

/** The same page across clips: host + path, without query or fragment (campaign tags vary). */
export function pageKey(o: Observation): string {
  if (o.kind === 'social-profile' && o.profile) return `profile:${o.profile.platform}:${(o.profile.handle ?? '').toLowerCase()}`;
  try {
    const u = new URL(o.url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return o.url;
  }
}

/** The latest earlier clip of the same page by the same competitor, or null. */
export function findPrevious(all: readonly PlanObservation[], current: PlanObservation): PlanObservation | null {
  const key = pageKey(current.obs);
  let best: PlanObservation | null = null;
  for (const o of all) {
    if (o.id === current.id || o.competitorId !== current.competitorId || o.capturedAt >= current.capturedAt) continue;
    if (best && o.capturedAt <= best.capturedAt) continue;
    if (pageKey(o.obs) === key) best = o;
  }
  return best;
}

export function diffObservations(before: Observation, after: Observation): Change[] {
  return [
    ...diffOffers(before.offers, after.offers),
    ...diffText('headline', before.messaging?.headline, after.messaging?.headline),
    ...diffText('title', before.page.title, after.page.title),
    ...diffSets('promotion', before.promotions.map((p) => p.text), after.promotions.map((p) => p.text)),
    ...diffSets('technology', before.technologies.map((t) => t.name), after.technologies.map((t) => t.name)),
    ...diffSets('channel', before.channels.map((c) => c.channel), after.channels.map((c) => c.channel)),
    ...diffSets('cta', before.messaging?.ctas ?? [], after.messaging?.ctas ?? []),
    ...diffFollowers(before, after),
  ];
}

/** Changes for every observation that has an earlier clip of the same page, newest first. */
export function changesSinceLastClip(all: readonly PlanObservation[], limit = 50): ChangeSet[] {
  const sorted = [...all].sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
  const out: ChangeSet[] = [];
  for (const cur of sorted) {
    if (out.length >= limit) break;
    const prev = findPrevious(all, cur);
    if (!prev) continue;
    const changes = diffObservations(prev.obs, cur.obs);
    if (changes.length) out.push({ observationId: cur.id, previousId: prev.id, url: cur.obs.url, previousAt: prev.capturedAt, capturedAt: cur.capturedAt, changes });
  }
  return out;
}

const offerKey = (o: Offer, i: number) => o.sku ?? o.name ?? `#${i + 1}`;

function diffOffers(before: Offer[], after: Offer[]): Change[] {
  const out: Change[] = [];
  const prev = new Map(before.map((o, i) => [offerKey(o, i), o]));
  const seen = new Set<string>();
  after.forEach((o, i) => {
    const key = offerKey(o, i);
    seen.add(key);
    const p = prev.get(key);
    if (!p) return void out.push({ kind: 'offer-added', subject: key, before: null, after: o.price, currency: o.currency });
    if (p.price !== null && o.price !== null && (p.price !== o.price || p.currency !== o.currency)) out.push({ kind: 'price', subject: key, before: p.price, after: o.price, currency: o.currency });
    if ((p.regularPrice ?? null) !== (o.regularPrice ?? null)) out.push({ kind: 'regular-price', subject: key, before: p.regularPrice ?? null, after: o.regularPrice ?? null, currency: o.currency });
    if ((p.availability ?? null) !== (o.availability ?? null)) out.push({ kind: 'availability', subject: key, before: p.availability ?? null, after: o.availability ?? null });
  });
  for (const [key, p] of prev) if (!seen.has(key)) out.push({ kind: 'offer-removed', subject: key, before: p.price, after: null, currency: p.currency });
  return out;
}

function diffText(kind: 'headline' | 'title', before: string | null | undefined, after: string | null | undefined): Change[] {
  const a = (before ?? '').trim();
  const b = (after ?? '').trim();
  return a === b ? [] : [{ kind, subject: null, before: a || null, after: b || null }];
}

function diffSets(what: 'promotion' | 'technology' | 'channel' | 'cta', before: string[], after: string[]): Change[] {
  const a = new Set(before);
  const b = new Set(after);
  const out: Change[] = [];
  for (const v of b) if (!a.has(v)) out.push({ kind: `${what}-added`, subject: v, before: null, after: v });
  for (const v of a) if (!b.has(v)) out.push({ kind: `${what}-removed`, subject: v, before: v, after: null });
  return out;
}

function diffFollowers(before: Observation, after: Observation): Change[] {
  const a = before.profile;
  const b = after.profile;
  if (!a || !b || a.platform !== b.platform || a.followers === b.followers) return [];
  return [{ kind: 'followers', subject: b.platform, before: a.followers, after: b.followers }];
}
