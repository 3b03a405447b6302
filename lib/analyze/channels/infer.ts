/**
 * Turns the evidence an analysis found into channel claims. Each claim keeps every piece of
 * evidence behind it, so the panel can show why it says "competitor X runs paid social".
 * Confidence combines independent pieces as 1 - Π(1 - wᵢ): two pixels beat one.
 */
import type { ChannelClaim, ChannelId, Evidence, Observation } from '../types';
import { CHANNEL_BY_ID, EVIDENCE_WEIGHT, SOCIAL_PLATFORM_CHANNEL, type EvidenceKind } from './taxonomy';

type ChannelInputs = Pick<
  Observation,
  'technologies' | 'socialProfiles' | 'emailCapture' | 'campaign' | 'ads' | 'profile' | 'structuredData' | 'serp' | 'kind'
>;

interface Piece {
  channel: ChannelId;
  kind: EvidenceKind;
  weight?: number;
  evidence: Evidence;
}

export function inferChannels(o: ChannelInputs): ChannelClaim[] {
  const pieces: Piece[] = [...fromTechnologies(o), ...fromSocial(o), ...fromEmail(o), ...fromCampaign(o), ...fromAds(o), ...fromStructuredData(o)];
  const byChannel = new Map<ChannelId, Piece[]>();
  for (const p of pieces) {
    const list = byChannel.get(p.channel) ?? [];
    list.push(p);
    byChannel.set(p.channel, list);
  }
  const claims: ChannelClaim[] = [];
  for (const [channel, list] of byChannel) {
    const info = CHANNEL_BY_ID.get(channel)!;
    let miss = 1;
    for (const p of list) miss *= 1 - (p.weight ?? EVIDENCE_WEIGHT[p.kind]);
    claims.push({
      channel,
      stage: info.stage,
      media: info.media,
      funnel: info.funnel,
      confidence: Math.round((1 - miss) * 100) / 100,
      evidence: dedupeEvidence(list.map((p) => p.evidence)),
    });
  }
  return claims.sort((a, b) => b.confidence - a.confidence || a.channel.localeCompare(b.channel));
}

function fromTechnologies(o: ChannelInputs): Piece[] {
  return o.technologies.flatMap((t) =>
    t.channels.map((channel) => ({
      channel,
      kind: 'technology' as const,
      weight: EVIDENCE_WEIGHT.technology * t.confidence,
      // A tag parked until cookie consent still shows the channel is set up; the evidence says so.
      evidence: { source: 'technology' as const, value: t.name, ref: t.id, ...(t.held ? { held: t.held } : {}) },
    })),
  );
}

function fromSocial(o: ChannelInputs): Piece[] {
  const out: Piece[] = [];
  for (const s of o.socialProfiles) {
    const evidence: Evidence = { source: 'link', value: s.url, ref: s.platform };
    out.push({ channel: SOCIAL_PLATFORM_CHANNEL[s.platform] ?? 'organic-social', kind: 'social-link', evidence });
  }
  if (o.profile) {
    const evidence: Evidence = { source: 'adapter', value: `${o.profile.platform}:${o.profile.handle ?? ''}`, ref: o.profile.platform };
    out.push({ channel: SOCIAL_PLATFORM_CHANNEL[o.profile.platform] ?? 'organic-social', kind: 'social-profile', evidence });
  }
  return out;
}

/** Sign-up forms on the page. An e-mail tool without one is evidence of its own kind, already counted as a technology. */
function fromEmail(o: ChannelInputs): Piece[] {
  if (!o.emailCapture.present) return [];
  const forms = o.emailCapture.evidence.filter((e) => e.source !== 'technology');
  return forms.slice(0, 5).map((evidence) => ({ channel: 'email-sms' as const, kind: 'email-form' as const, evidence }));
}

function fromCampaign(o: ChannelInputs): Piece[] {
  const c = o.campaign;
  if (!c?.channel) return [];
  return c.evidence.map((evidence) => ({ channel: c.channel!, kind: 'campaign-url' as const, evidence }));
}

/** Ads on a search page belong to the advertiser's paid search; ad-library cards to paid social or display. */
function fromAds(o: ChannelInputs): Piece[] {
  return o.ads.map((ad) => ({
    channel: adChannel(o.kind, ad.platform),
    kind: 'ad' as const,
    evidence: { source: 'adapter' as const, value: [ad.advertiser, ad.headline].filter(Boolean).join(' — ') || (ad.landingUrl ?? 'ad'), ref: ad.platform },
  }));
}

const AD_PLATFORM_CHANNEL: Readonly<Record<string, ChannelId>> = {
  google: 'paid-search',
  bing: 'paid-search',
  naver: 'paid-search',
  yandex: 'paid-search',
  coccoc: 'paid-search',
  duckduckgo: 'paid-search',
  'google-shopping': 'shopping-marketplaces',
  'google-display': 'display-retargeting',
  youtube: 'paid-social',
  meta: 'paid-social',
  facebook: 'paid-social',
  instagram: 'paid-social',
  tiktok: 'paid-social',
  linkedin: 'paid-social',
};

function adChannel(kind: ChannelInputs['kind'], platform: string | undefined): ChannelId {
  if (platform && AD_PLATFORM_CHANNEL[platform]) return AD_PLATFORM_CHANNEL[platform];
  return kind === 'serp' ? 'paid-search' : 'display-retargeting';
}

/** Rich results need structured data: a Product or Article graph is SEO work made visible. */
const SEO_TYPES = /^(Product|\w*Article|BlogPosting|Recipe|FAQPage|HowTo|BreadcrumbList|Review|AggregateRating|VideoObject)$/;

function fromStructuredData(o: ChannelInputs): Piece[] {
  const types = o.structuredData.types.filter((t) => SEO_TYPES.test(t));
  if (!types.length) return [];
  return [{ channel: 'seo-content', kind: 'structured-data', evidence: { source: 'structured-data', value: types.slice(0, 6).join(', ') } }];
}

function dedupeEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.source}|${e.value}|${e.ref ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
