/**
 * Campaign tracking for the Reach plan: the UTM convention each competitor was seen using (from
 * its ads' landing URLs and the campaign parameters of clipped pages), a proposed convention for
 * the user's own campaigns, and the measurement tags competitors run that the user's own site
 * lacks (a competitor's TikTok pixel the user has not installed is a channel they cannot measure).
 */
import type { ChannelId } from '../analyze/types';
import { makeAttributor } from './attribution';
import type { AdSource } from './ads';
import type { Id, PlanCompetitor } from './model';
import { utmOf } from './tracking-params';

export const UTM_FIELDS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term'] as const;
export type UtmField = (typeof UTM_FIELDS)[number];

export interface ValueCount {
  value: string;
  count: number;
}

export interface CompetitorUtm {
  competitorId: Id;
  /** Tagged URLs seen (ads' landing pages and clipped pages reached through a campaign). */
  samples: number;
  /** Per field: the values seen, most frequent first (at most 5). */
  fields: Partial<Record<UtmField, ValueCount[]>>;
  /** How words are joined in their values: `_`, `-`, `+`/space, or mixed. */
  separator: '_' | '-' | ' ' | 'mixed' | null;
  lowercase: boolean;
}

/** The UTM parameters each competitor's tagged URLs carry. */
export function utmConventions(sources: readonly AdSource[], competitors: readonly PlanCompetitor[]): CompetitorUtm[] {
  const attributor = makeAttributor(competitors);
  const seen = new Map<Id, Record<string, string>[]>();
  const add = (id: Id | null, utm: Record<string, string> | null) => {
    if (id === null || !utm) return;
    seen.set(id, [...(seen.get(id) ?? []), utm]);
  };
  for (const s of sources) {
    for (const ad of s.obs.ads ?? []) add(attributor.byAd(ad), utmOf(ad.landingUrl));
    const c = s.obs.campaign;
    if (c && (c.source || c.medium || c.name)) {
      const utm: Record<string, string> = {};
      if (c.source) utm.utm_source = c.source;
      if (c.medium) utm.utm_medium = c.medium;
      if (c.name) utm.utm_campaign = c.name;
      if (c.content) utm.utm_content = c.content;
      if (c.term) utm.utm_term = c.term;
      add(attributor.byUrl(s.obs.url), utm);
    }
  }
  return [...seen].map(([competitorId, list]) => {
    const fields: CompetitorUtm['fields'] = {};
    for (const f of UTM_FIELDS) {
      const counts = new Map<string, number>();
      for (const u of list) if (u[f]) counts.set(u[f], (counts.get(u[f]) ?? 0) + 1);
      if (counts.size) fields[f] = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, 5);
    }
    const values = list.flatMap((u) => Object.values(u));
    return { competitorId, samples: list.length, fields, separator: separatorOf(values), lowercase: values.every((v) => v === v.toLowerCase()) };
  });
}

function separatorOf(values: string[]): CompetitorUtm['separator'] {
  const used = new Set<string>();
  for (const v of values) {
    if (v.includes('_')) used.add('_');
    if (v.includes('-')) used.add('-');
    if (/[ +]/.test(v)) used.add(' ');
  }
  if (!used.size) return null;
  return used.size === 1 ? ([...used][0] as '_' | '-' | ' ') : 'mixed';
}

/** utm_source and utm_medium to use per channel; sources are examples of the platforms in it. */
export const UTM_BY_CHANNEL: Readonly<Record<ChannelId, { sources: string[]; medium: string }>> = {
  'paid-search': { sources: ['google', 'bing', 'naver', 'coccoc'], medium: 'cpc' },
  'paid-social': { sources: ['facebook', 'instagram', 'tiktok', 'line', 'x'], medium: 'paid_social' },
  'display-retargeting': { sources: ['google_display', 'criteo', 'taboola'], medium: 'display' },
  'shopping-marketplaces': { sources: ['google_shopping', 'shopee', 'lazada'], medium: 'shopping' },
  affiliate: { sources: ['accesstrade', 'involve_asia', 'partner_name'], medium: 'affiliate' },
  influencer: { sources: ['creator_handle'], medium: 'influencer' },
  'email-sms': { sources: ['newsletter', 'sms'], medium: 'email' },
  'organic-social': { sources: ['facebook', 'instagram', 'tiktok', 'line_oa'], medium: 'social' },
  community: { sources: ['facebook_group', 'reddit', 'pantip'], medium: 'community' },
  'loyalty-referral': { sources: ['referral_program'], medium: 'referral' },
  reviews: { sources: ['review_site'], medium: 'referral' },
  'chat-messaging': { sources: ['line_oa', 'whatsapp', 'messenger', 'zalo'], medium: 'messaging' },
  'seo-content': { sources: ['blog'], medium: 'content' },
};

export interface ProposedUtm {
  channel: ChannelId;
  source: string;
  medium: string;
  /** e.g. `2026-12_th_sales_new-year` */
  campaign: string;
}

/**
 * One row per chosen channel: lower case everywhere, words joined by `-`, fields of
 * utm_campaign joined by `_` in a fixed order (month, market, goal, theme), so reports group
 * cleanly whatever tool reads them.
 */
export function proposedConvention(channels: readonly ChannelId[], market: string | null, goal: string | null, now: Date): ProposedUtm[] {
  const slug = (s: string) => s.normalize('NFKC').toLowerCase().trim().replace(/[\s_]+/g, '-').replace(/[^\p{L}\p{N}-]/gu, '');
  const month = now.toISOString().slice(0, 7);
  const fields = [month, market ? slug(market) : 'market', goal ? slug(goal) : 'goal', 'theme'];
  return channels.map((channel) => ({ channel, source: UTM_BY_CHANNEL[channel].sources[0], medium: UTM_BY_CHANNEL[channel].medium, campaign: fields.join('_') }));
}

/** Technology categories that measure or retarget: the tags a campaign needs on the site. */
const MEASUREMENT_CATEGORIES = new Set(['advertising', 'analytics', 'tag-manager', 'affiliate']);

export interface MissingTag {
  technologyId: string;
  name: string;
  channels: ChannelId[];
  /** Competitors seen running it. */
  competitorIds: Id[];
}

/**
 * Pixels and tags seen on competitors' own pages and never on the user's own pages. Empty when
 * the user has no own-brand clip (nothing to compare with).
 */
export function missingTags(sources: readonly (AdSource & { competitorId: Id | null })[], competitors: readonly PlanCompetitor[]): MissingTag[] {
  const own = new Set(competitors.filter((c) => c.own).map((c) => c.id));
  if (!own.size) return [];
  const ownTech = new Set<string>();
  let ownClips = 0;
  const theirs = new Map<string, MissingTag>();
  for (const s of sources) {
    if (s.competitorId === null || s.obs.kind === 'ad' || s.obs.kind === 'serp') continue;
    const mine = own.has(s.competitorId);
    if (mine) ownClips += 1;
    for (const t of s.obs.technologies ?? []) {
      if (!t.categories.some((c) => MEASUREMENT_CATEGORIES.has(c))) continue;
      if (mine) ownTech.add(t.id);
      else {
        const m = theirs.get(t.id) ?? { technologyId: t.id, name: t.name, channels: t.channels, competitorIds: [] };
        if (!m.competitorIds.includes(s.competitorId)) m.competitorIds.push(s.competitorId);
        theirs.set(t.id, m);
      }
    }
  }
  if (!ownClips) return [];
  return [...theirs.values()].filter((m) => !ownTech.has(m.technologyId)).sort((a, b) => b.competitorIds.length - a.competitorIds.length || a.name.localeCompare(b.name));
}
