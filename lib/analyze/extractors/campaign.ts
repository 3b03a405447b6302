/**
 * Campaign tracking on the clipped URL: which paid channel brought this visit. Click ids
 * are the strongest sign (an ad platform appended them); utm_medium is the advertiser's own
 * label, read through a table of the values teams actually write. Both tables are data.
 */
import { CLICK_ID_CHANNEL } from '../channels/taxonomy';
import type { Campaign, ChannelId, Evidence } from '../types';

/**
 * utm_medium (lower-cased, separators folded to '-') → channel. `search-or-social` media are
 * paid search unless utm_source names a social network, then paid social.
 */
const MEDIUM_CHANNEL: readonly { medium: RegExp; channel: ChannelId | 'search-or-social' }[] = [
  { medium: /^(cpc|ppc|paid|paid-?search|sem|search-?ads?|adwords|google-?ads|paidsearch)$/, channel: 'search-or-social' },
  { medium: /^(paid-?social|social-?paid|social-?ads?|paidsocial|social-?cpc|cpv)$/, channel: 'paid-social' },
  { medium: /^(display|banner|cpm|programmatic|retargeting|remarketing|native|video|dsp|gdn|ads?)$/, channel: 'display-retargeting' },
  { medium: /^(e-?mail|newsletter|edm|e-?blast|sms|mms|push|klaviyo|flow|crm|whatsapp)$/, channel: 'email-sms' },
  { medium: /^(affiliates?|partners?|partnership|publisher|cashback|coupon|cpa)$/, channel: 'affiliate' },
  { medium: /^(influencers?|creators?|kol|ugc|ambassador)$/, channel: 'influencer' },
  { medium: /^(social|social-?media|organic-?social|sm|social-?network)$/, channel: 'organic-social' },
  { medium: /^(shopping|pla|product-?listing|marketplace|feed|cse)$/, channel: 'shopping-marketplaces' },
  { medium: /^(referral-?program|loyalty|refer-?a-?friend)$/, channel: 'loyalty-referral' },
];

const SOCIAL_SOURCE = /(^|[^a-z])(facebook|fb|instagram|ig|meta|tiktok|twitter|x|linkedin|pinterest|snapchat|reddit|youtube|line|kakao|zalo|threads|quora)([^a-z]|$)/;
const UTM_FIELDS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;

export function extractCampaign(url: string): Campaign | null {
  const params = readParams(url);
  if (!params) return null;
  const utm = Object.fromEntries(UTM_FIELDS.map((k) => [k, params.get(k) ?? null])) as Record<(typeof UTM_FIELDS)[number], string | null>;
  const clickIds = [...params.keys()].filter((k) => k in CLICK_ID_CHANNEL);
  if (!clickIds.length && UTM_FIELDS.every((k) => utm[k] === null)) return null;
  // One piece per click id, one for the utm set: the utm fields are one tag written by one
  // person, so the channel inference must not count them as independent evidence.
  const utmSet = UTM_FIELDS.filter((k) => utm[k] !== null).map((k) => `${k}=${clipValue(utm[k]!)}`);
  const evidence: Evidence[] = [
    ...clickIds.map((k) => ({ source: 'url' as const, value: `${k}=${clipValue(params.get(k)!)}`, ref: CLICK_ID_CHANNEL[k] })),
    ...(utmSet.length ? [{ source: 'url' as const, value: utmSet.join('&') }] : []),
  ];
  return {
    channel: (clickIds.length ? CLICK_ID_CHANNEL[clickIds[0]] : null) ?? mediumChannel(utm.utm_medium, utm.utm_source),
    source: utm.utm_source,
    medium: utm.utm_medium,
    name: utm.utm_campaign,
    term: utm.utm_term,
    content: utm.utm_content,
    clickIds,
    evidence,
  };
}

/** Query parameters with lower-cased names; the fragment too, where some single-page shops put them. */
function readParams(url: string): Map<string, string> | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const out = new Map<string, string>();
  const hash = u.hash.includes('=') ? new URLSearchParams(u.hash.replace(/^#\??/, '')) : null;
  for (const source of [u.searchParams, hash]) {
    if (!source) continue;
    for (const [k, v] of source) {
      const key = k.trim().toLowerCase();
      if (!out.has(key) && v.trim() !== '') out.set(key, v.trim());
    }
  }
  return out;
}

export function mediumChannel(medium: string | null, source: string | null): ChannelId | null {
  if (!medium) return null;
  const m = medium.toLowerCase().replace(/[\s_]+/g, '-');
  const rule = MEDIUM_CHANNEL.find((r) => r.medium.test(m));
  if (!rule) return null;
  if (rule.channel !== 'search-or-social') return rule.channel;
  return source && SOCIAL_SOURCE.test(source.toLowerCase()) ? 'paid-social' : 'paid-search';
}

function clipValue(v: string): string {
  return v.length > 120 ? `${v.slice(0, 120)}…` : v;
}
