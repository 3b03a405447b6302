/**
 * A competitor at a glance: channels by paid / owned / earned with the strongest evidence of
 * each, the price band and how deep discounts go, the promotions running now, stack highlights,
 * what changed since the last clip, and signs that tags may have run unseen. Evidence is grouped
 * once with the clips it was seen in. Pure; the profile view renders it.
 */
import { CHANNELS } from '../analyze/channels/taxonomy';
import type { ChannelId, Evidence, MediaType, Promotion } from '../analyze/types';
import { changesSinceLastClip, findPrevious, pageKey, type ChangeSet } from './changes';
import { hiddenTagSigns, type HiddenTagSign } from './hidden-tags';
import { median } from './landscape';
import { levelOf, type StrengthLevel } from './matrix';
import type { Id, PlanObservation } from './model';

export const MEDIA_ORDER: readonly MediaType[] = ['paid', 'owned', 'earned'];

/** Technology categories worth a line in the summary, most telling first. */
export const STACK_HIGHLIGHT_CATEGORIES = ['ecommerce-platform', 'advertising', 'email', 'marketing-automation', 'reviews', 'loyalty', 'affiliate', 'analytics', 'tag-manager', 'consent'] as const;
export const STACK_HIGHLIGHT_LIMIT = 8;

export interface SeenEvidence {
  evidence: Evidence;
  /** Clips it was seen in, newest first. */
  clips: { id: Id; capturedAt: string }[];
}

export interface ChannelGlance {
  channel: ChannelId;
  media: MediaType;
  strength: number;
  level: StrengthLevel;
  /** Clips that claim the channel. */
  clips: number;
  /** The evidence of the strongest claim, first item. */
  strongest: Evidence | null;
  evidence: SeenEvidence[];
}

export interface PriceBand {
  currency: string | null;
  min: number;
  median: number;
  max: number;
  offers: number;
}

export interface DiscountDepth {
  offers: number;
  discounted: number;
  maxPercent: number | null;
  medianPercent: number | null;
}

export interface ProfileSummary {
  channels: Record<MediaType, ChannelGlance[]>;
  prices: PriceBand | null;
  discounts: DiscountDepth;
  promotions: { promotion: Promotion; observationId: Id }[];
  stack: { id: string; name: string; category: string }[];
  changes: ChangeSet | null;
  /** When the newest clip has an earlier clip of the same page but nothing changed: that clip's time. */
  unchangedSince: string | null;
  hidden: HiddenTagSign[];
  clips: number;
}

const evidenceKey = (e: Evidence) => `${e.source}|${e.value}`;

/** The newest clip of each page (items newest first): what the competitor shows now. */
export function latestPerPage(items: readonly PlanObservation[]): PlanObservation[] {
  const seen = new Set<string>();
  const out: PlanObservation[] = [];
  for (const o of [...items].sort((a, b) => b.capturedAt.localeCompare(a.capturedAt))) {
    const k = pageKey(o.obs);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(o);
  }
  return out;
}

/** Evidence items merged across clips: one entry per source and value, with every clip it came from. */
export function groupEvidence(parts: readonly { observationId: Id; capturedAt: string; evidence: readonly Evidence[] }[]): SeenEvidence[] {
  const map = new Map<string, SeenEvidence>();
  for (const p of parts)
    for (const e of p.evidence) {
      const k = evidenceKey(e);
      const entry = map.get(k) ?? { evidence: e, clips: [] };
      if (!entry.clips.some((c) => c.id === p.observationId)) entry.clips.push({ id: p.observationId, capturedAt: p.capturedAt });
      map.set(k, entry);
    }
  for (const entry of map.values()) entry.clips.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
  return [...map.values()].sort((a, b) => b.clips.length - a.clips.length);
}

function channelGlances(items: readonly PlanObservation[]): Record<MediaType, ChannelGlance[]> {
  const out: Record<MediaType, ChannelGlance[]> = { paid: [], owned: [], earned: [] };
  for (const info of CHANNELS) {
    const claims = items.flatMap((o) => o.obs.channels.filter((c) => c.channel === info.id).map((c) => ({ o, c })));
    if (!claims.length) continue;
    const best = claims.reduce((a, b) => (b.c.confidence > a.c.confidence ? b : a));
    out[info.media].push({
      channel: info.id,
      media: info.media,
      strength: best.c.confidence,
      level: levelOf(best.c.confidence),
      clips: new Set(claims.map((x) => x.o.id)).size,
      strongest: best.c.evidence[0] ?? null,
      evidence: groupEvidence(claims.map(({ o, c }) => ({ observationId: o.id, capturedAt: o.capturedAt, evidence: c.evidence }))),
    });
  }
  for (const m of MEDIA_ORDER) out[m].sort((a, b) => b.strength - a.strength);
  return out;
}

function priceBand(current: readonly PlanObservation[]): { prices: PriceBand | null; discounts: DiscountDepth } {
  const offers = current.flatMap((o) => o.obs.offers);
  const byCurrency = new Map<string, number[]>();
  for (const f of offers) if (f.price !== null) byCurrency.set(f.currency ?? '', [...(byCurrency.get(f.currency ?? '') ?? []), f.price]);
  const [cur, list] = [...byCurrency].sort((a, b) => b[1].length - a[1].length)[0] ?? [null, []];
  const percents = offers.map((f) => f.discountPercent).filter((p): p is number => typeof p === 'number' && p > 0);
  return {
    prices: list.length ? { currency: cur || null, min: Math.min(...list), median: median(list)!, max: Math.max(...list), offers: list.length } : null,
    discounts: { offers: offers.length, discounted: percents.length, maxPercent: percents.length ? Math.max(...percents) : null, medianPercent: median(percents) },
  };
}

function stackHighlights(current: readonly PlanObservation[]): ProfileSummary['stack'] {
  const seen = new Map<string, { id: string; name: string; category: string; rank: number }>();
  for (const o of current)
    for (const t of o.obs.technologies) {
      const rank = Math.min(...t.categories.map((c) => STACK_HIGHLIGHT_CATEGORIES.indexOf(c as never)).filter((i) => i >= 0));
      if (!Number.isFinite(rank) || seen.has(t.id)) continue;
      seen.set(t.id, { id: t.id, name: t.name, category: STACK_HIGHLIGHT_CATEGORIES[rank], rank });
    }
  return [...seen.values()]
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .slice(0, STACK_HIGHLIGHT_LIMIT)
    .map(({ id, name, category }) => ({ id, name, category }));
}

export function profileSummary(items: readonly PlanObservation[]): ProfileSummary {
  const current = latestPerPage(items);
  const promos = new Map<string, { promotion: Promotion; observationId: Id }>();
  for (const o of current) for (const p of o.obs.promotions) if (!promos.has(p.text)) promos.set(p.text, { promotion: p, observationId: o.id });
  const hidden = new Map<string, HiddenTagSign>();
  for (const o of current) for (const s of hiddenTagSigns(o.obs)) if (!hidden.has(s.reason)) hidden.set(s.reason, s);
  const changes = changesSinceLastClip(items, 1)[0] ?? null;
  const newest = current[0];
  const previous = !changes && newest ? findPrevious(items, newest) : null;
  return {
    channels: channelGlances(items),
    ...priceBand(current),
    promotions: [...promos.values()],
    stack: stackHighlights(current),
    changes,
    unchangedSince: previous?.capturedAt ?? null,
    hidden: [...hidden.values()],
    clips: items.length,
  };
}

/** For each competitor, the signs in its current clips that tags may have run unseen (only competitors with some). */
export function hiddenTagsByCompetitor(observations: readonly PlanObservation[]): Map<Id, HiddenTagSign[]> {
  const byCompetitor = new Map<Id, PlanObservation[]>();
  for (const o of observations) byCompetitor.set(o.competitorId, [...(byCompetitor.get(o.competitorId) ?? []), o]);
  const out = new Map<Id, HiddenTagSign[]>();
  for (const [id, list] of byCompetitor) {
    const signs = new Map<string, HiddenTagSign>();
    for (const o of latestPerPage(list)) for (const s of hiddenTagSigns(o.obs)) if (!signs.has(s.reason)) signs.set(s.reason, s);
    if (signs.size) out.set(id, [...signs.values()]);
  }
  return out;
}

/* ---- SWOT suggestions ---- */

export type SwotPart = 'strengths' | 'weaknesses' | 'opportunities' | 'threats';
export const SWOT_PARTS: readonly SwotPart[] = ['strengths', 'weaknesses', 'opportunities', 'threats'];

/** One suggested line: a message key with a channel (named in the reader's language) and a value. */
export interface SwotLine {
  key: string;
  channel?: ChannelId;
  value?: string | number;
}

/** Owned channels a shop is expected to run; not seeing them is worth noting. */
const EXPECTED_OWNED: readonly ChannelId[] = ['email-sms', 'organic-social', 'seo-content'];
/** Discounts at least this deep are a price threat. */
export const DEEP_DISCOUNT_PERCENT = 20;

/**
 * SWOT lines suggested by the evidence — the competitor's strengths and weaknesses, and what
 * they mean for the user as opportunities and threats. The user edits them; they are never
 * written to the plan unless the user keeps them.
 */
export function swotSuggestions(s: ProfileSummary): Record<SwotPart, SwotLine[]> {
  const all = MEDIA_ORDER.flatMap((m) => s.channels[m]);
  const has = new Set(all.map((c) => c.channel));
  const out: Record<SwotPart, SwotLine[]> = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
  for (const c of all.filter((c) => c.level === 3).slice(0, 4)) out.strengths.push({ key: 'swot_s_channel', channel: c.channel, value: c.strongest?.value ?? '' });
  if (s.stack.some((t) => t.category === 'reviews')) out.strengths.push({ key: 'swot_s_reviews' });
  for (const ch of EXPECTED_OWNED) if (!has.has(ch) && !s.hidden.length) out.weaknesses.push({ key: 'swot_w_missing', channel: ch, value: s.clips });
  for (const c of all.filter((c) => c.level === 1)) out.opportunities.push({ key: 'swot_o_weak', channel: c.channel });
  for (const ch of EXPECTED_OWNED) if (!has.has(ch)) out.opportunities.push({ key: 'swot_o_gap', channel: ch });
  if (s.discounts.maxPercent !== null && s.discounts.maxPercent >= DEEP_DISCOUNT_PERCENT) out.threats.push({ key: 'swot_t_discount', value: Math.round(s.discounts.maxPercent) });
  for (const c of s.channels.paid.filter((c) => c.level >= 2)) out.threats.push({ key: 'swot_t_paid', channel: c.channel });
  if (s.promotions.length) out.threats.push({ key: 'swot_t_promotions', value: s.promotions.length });
  return out;
}
