/** Builders for plan tests: a full Observation with overridable parts, competitors, data sets. */
import type { ChannelClaim, ChannelId, Observation } from '../../lib/analyze/types';
import { CHANNEL_BY_ID } from '../../lib/analyze/channels/taxonomy';
import { profileKey } from '../../lib/store/db';
import type { PlanCompetitor, PlanObservation, PlanData, PlanSnapshot, Id } from '../../lib/plan/model';

export function obs(over: Partial<Observation> = {}): Observation {
  return {
    url: 'https://shop.example.com/',
    domain: 'example.com',
    kind: 'page',
    page: { title: 'Shop', description: null, lang: 'en', canonical: null, siteName: null, image: null },
    offers: [],
    technologies: [],
    socialProfiles: [],
    emailCapture: { present: false, evidence: [] },
    channels: [],
    ads: [],
    profile: null,
    structuredData: { types: [], jsonld: [], microdata: [], rdfa: [] },
    promotions: [],
    messaging: { headline: null, hero: null, ctas: [], valueProps: [] },
    campaign: null,
    analyzerVersion: 1,
    ...over,
  };
}

export function claim(channel: ChannelId, confidence: number, value = `${channel} evidence`): ChannelClaim {
  const info = CHANNEL_BY_ID.get(channel)!;
  return { channel, stage: info.stage, media: info.media, funnel: info.funnel, confidence, evidence: [{ source: 'technology', value }] };
}

export function comp(id: Id, name: string, domains: string[] = [], own = false): PlanCompetitor {
  return { id, name, domains, handles: [], own };
}

let next = 1000;
export function po(competitorId: Id, capturedAt: string, o: Partial<Observation> = {}, id: Id = next++): PlanObservation {
  return { id, competitorId, capturedAt, obs: obs(o) };
}

/** The follower readings the store keeps for clipped profiles (one per profile clip with a count). */
export function snapshotsOf(observations: readonly PlanObservation[]): PlanSnapshot[] {
  return observations.flatMap((o) => {
    const p = o.obs.profile;
    if (!p || p.followers === null) return [];
    return [{ competitorId: o.competitorId, observationId: o.id, profileKey: profileKey(p.platform, p.handle ?? ''), platform: p.platform, capturedAt: o.capturedAt, followers: p.followers }];
  });
}

export function data(competitors: PlanCompetitor[], observations: PlanObservation[], snapshots: PlanSnapshot[] = snapshotsOf(observations)): PlanData {
  return { competitors, observations, snapshots };
}
