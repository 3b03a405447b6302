/**
 * The search landscape: for every query clipped on any engine, who ranks organically and who
 * advertises, with the user's own brand and competitors marked; across queries, each
 * competitor's share of search and the keyword gaps (queries where a competitor shows and the
 * user does not). The latest clip of a query on an engine describes it; older clips of the same
 * query are its history.
 */
import { registrableDomain } from '../analyze/domain';
import { makeAttributor } from './attribution';
import { advertiserDomainOf, type AdSource } from './ads';
import type { Id, PlanCompetitor } from './model';

/** Organic results below this rank are not "on the first page" for share of search. */
export const TOP_ORGANIC = 10;

export interface LandscapeEntry {
  domain: string | null;
  competitorId: Id | null;
  own: boolean;
}

export interface OrganicEntry extends LandscapeEntry {
  rank: number;
  title: string;
  url: string;
}

export interface PaidEntry extends LandscapeEntry {
  /** 1-based order of the ad on the page. */
  position: number;
  /** The page's own label, e.g. `top-1`, `bottom-2`. */
  slot: string | null;
  headline: string | null;
  advertiser: string | null;
  landingUrl: string | null;
}

export interface QueryLandscape {
  engine: string;
  query: string;
  observationId: Id;
  capturedAt: string;
  /** How many times this query was clipped on this engine. */
  clips: number;
  organic: OrganicEntry[];
  paid: PaidEntry[];
}

export interface SearchShare {
  competitorId: Id;
  name: string;
  own: boolean;
  /** Queries (of `queries`) with one of its pages in the organic top 10. */
  organicQueries: number;
  /** Queries with one of its ads. */
  paidQueries: number;
  /** Best organic rank over all queries, or null. */
  bestRank: number | null;
  queries: number;
}

export interface KeywordGap {
  engine: string;
  query: string;
  competitorId: Id;
  /** Its best organic rank on that query, or null when only paid. */
  organicRank: number | null;
  paid: boolean;
}

export interface SearchLandscape {
  queries: QueryLandscape[];
  share: SearchShare[];
  gaps: KeywordGap[];
  /** Whether the user has said which competitor is their own brand (gaps need it). */
  hasOwnBrand: boolean;
}

const queryKey = (engine: string, query: string) => `${engine}|${query.trim().toLowerCase()}`;

export function searchLandscape(sources: readonly AdSource[], competitors: readonly PlanCompetitor[]): SearchLandscape {
  const attributor = makeAttributor(competitors);
  const ownIds = new Set(competitors.filter((c) => c.own).map((c) => c.id));
  const latest = new Map<string, { source: AdSource; clips: number }>();
  for (const s of sources) {
    const q = s.obs.serp?.query?.trim();
    if (s.obs.kind !== 'serp' || !s.obs.serp || !q) continue;
    const key = queryKey(s.obs.serp.engine, q);
    const prev = latest.get(key);
    if (!prev) latest.set(key, { source: s, clips: 1 });
    else latest.set(key, { source: prev.source.capturedAt < s.capturedAt ? s : prev.source, clips: prev.clips + 1 });
  }

  const entry = (domain: string | null, competitorId: Id | null): LandscapeEntry => ({ domain, competitorId, own: competitorId !== null && ownIds.has(competitorId) });
  const queries: QueryLandscape[] = [...latest.values()].map(({ source, clips }) => {
    const serp = source.obs.serp!;
    return {
      engine: serp.engine,
      query: serp.query!.trim(),
      observationId: source.id,
      capturedAt: source.capturedAt,
      clips,
      organic: [...serp.results].sort((a, b) => a.rank - b.rank).map((r) => ({ ...entry(registrableDomain(r.url), attributor.byUrl(r.url)), rank: r.rank, title: r.title, url: r.url })),
      paid: source.obs.ads.map((ad, i) => ({
        ...entry(advertiserDomainOf(ad), attributor.byAd(ad)),
        position: i + 1,
        slot: ad.position,
        headline: ad.headline,
        advertiser: ad.advertiser,
        landingUrl: ad.landingUrl,
      })),
    };
  });
  queries.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));

  const share: SearchShare[] = competitors.map((c) => ({ competitorId: c.id, name: c.name, own: c.own, organicQueries: 0, paidQueries: 0, bestRank: null, queries: queries.length }));
  const shareOf = new Map(share.map((s) => [s.competitorId, s]));
  const gaps: KeywordGap[] = [];
  for (const q of queries) {
    const present = new Map<Id, { organicRank: number | null; paid: boolean }>();
    for (const r of q.organic) {
      if (r.competitorId === null || r.rank > TOP_ORGANIC) continue;
      const p = present.get(r.competitorId) ?? { organicRank: null, paid: false };
      if (p.organicRank === null || r.rank < p.organicRank) p.organicRank = r.rank;
      present.set(r.competitorId, p);
    }
    for (const ad of q.paid) {
      if (ad.competitorId === null) continue;
      const p = present.get(ad.competitorId) ?? { organicRank: null, paid: false };
      p.paid = true;
      present.set(ad.competitorId, p);
    }
    for (const [id, p] of present) {
      const s = shareOf.get(id);
      if (!s) continue;
      if (p.organicRank !== null) {
        s.organicQueries += 1;
        s.bestRank = s.bestRank === null ? p.organicRank : Math.min(s.bestRank, p.organicRank);
      }
      if (p.paid) s.paidQueries += 1;
    }
    const ownPresent = [...present.keys()].some((id) => ownIds.has(id));
    if (ownIds.size && !ownPresent) for (const [id, p] of present) gaps.push({ engine: q.engine, query: q.query, competitorId: id, ...p });
  }
  share.sort((a, b) => b.organicQueries + b.paidQueries - (a.organicQueries + a.paidQueries) || a.name.localeCompare(b.name));
  return { queries, share: share.filter((s) => s.organicQueries || s.paidQueries || s.own), gaps, hasOwnBrand: ownIds.size > 0 };
}
