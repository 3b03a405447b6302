/**
 * Where an observation belongs, decided once before it is stored (ARCHITECTURE.md "Where an
 * observation belongs"). Pure: the store's save path and the version 3 migration both call it
 * with the competitors they know.
 *
 * - a page of a venue (the venue table, or an article page of a site with no commerce that is
 *   no competitor's) is kept as a venue page; each ad and organic result on it is credited to
 *   the business it names: a known competitor (by domain, alias or handle), else a suggestion;
 * - a picked ad goes to its advertiser: a known competitor, or — the user pointed at this ad —
 *   a new one when the ad names a business domain of its own; an ad that names none (no link,
 *   or a landing page on a marketplace or social network) is kept as a venue page of where it
 *   ran, never filed under the publisher;
 * - a social profile, and any other page, is a competitor's own (matched or created, as match.ts).
 */
import { registrableDomain } from '../analyze/domain';
import type { Ad, Observation } from '../analyze/types';
import { venueOfPage, venueOfUrl, type Venue, type VenueKind } from '../analyze/venues/classify';
import { matchKeys, type MatchKeys } from './match';
import { isSharedDomain } from './shared-domains';

/** What attribution needs to know about one competitor. */
export interface KnownCompetitor {
  id: number;
  name: string;
  domains: readonly string[];
  handles: readonly string[];
  aliases?: readonly string[];
}

/** One business an ad or result on a venue page names. */
export interface Credit {
  via: 'ad' | 'result';
  /** Registrable domain, never a venue's or a shared host's. */
  domain: string | null;
  /** The advertiser's name, when the ad gives one. */
  name: string | null;
  /** The known competitor it matches, or null (then it is a suggestion when it has a domain). */
  competitorId: number | null;
}

export type Filing =
  | { to: 'competitor'; keys: MatchKeys; competitorId: number | null }
  | { to: 'venue'; venue: Venue; credits: Credit[] };

/** Competitors looked up by domain, alias, name and handle. */
export class CompetitorIndex {
  private byDomain = new Map<string, number>();
  private byName = new Map<string, number>();
  private byHandle = new Map<string, number>();

  constructor(competitors: readonly KnownCompetitor[]) {
    for (const c of competitors) {
      for (const d of c.domains) if (!this.byDomain.has(d.toLowerCase())) this.byDomain.set(d.toLowerCase(), c.id);
      for (const h of c.handles) if (!this.byHandle.has(h.toLowerCase())) this.byHandle.set(h.toLowerCase(), c.id);
      for (const n of [c.name, ...(c.aliases ?? [])]) if (n && !this.byName.has(n.toLowerCase())) this.byName.set(n.trim().toLowerCase(), c.id);
    }
  }

  domain(d: string | null | undefined): number | null {
    return d ? (this.byDomain.get(d.toLowerCase()) ?? null) : null;
  }

  /** Strongest first: handle, domains, then the advertiser or profile name. */
  keys(keys: Pick<MatchKeys, 'handle' | 'domains' | 'name'>): number | null {
    if (keys.handle) {
      const h = this.byHandle.get(keys.handle.toLowerCase());
      if (h !== undefined) return h;
    }
    for (const d of keys.domains) {
      const id = this.domain(d);
      if (id !== null) return id;
    }
    return keys.name ? (this.byName.get(keys.name.trim().toLowerCase()) ?? null) : null;
  }
}

export function fileObservation(obs: Observation, known: CompetitorIndex): Filing {
  if (obs.adapter === 'picked-ad' || obs.ads.some((a) => a.placement)) return filePickedAd(obs, known);
  if (obs.kind === 'social-profile' && obs.profile?.handle) return toCompetitor(obs, known);
  const venue = venueOfPage(obs);
  // A competitor's own blog post is its page, not a publisher's.
  if (venue && !(venue.by === 'page' && known.domain(venue.domain) !== null)) return { to: 'venue', venue, credits: creditsOf(obs, known) };
  return toCompetitor(obs, known);
}

function toCompetitor(obs: Observation, known: CompetitorIndex): Filing {
  const keys = matchKeys(obs);
  return { to: 'competitor', keys, competitorId: known.keys(keys) };
}

function filePickedAd(obs: Observation, known: CompetitorIndex): Filing {
  const keys = matchKeys(obs);
  const competitorId = known.keys(keys);
  if (competitorId !== null) return { to: 'competitor', keys, competitorId };
  const advertiser = obs.ads.map(adDomain).find((d) => d !== null);
  if (advertiser) return { to: 'competitor', keys: { ...keys, domains: [advertiser, ...keys.domains.filter((d) => d !== advertiser)] }, competitorId: null };
  const placement = obs.ads[0]?.placement;
  const where = placement?.url ?? obs.url;
  const domain = placement?.domain ?? registrableDomain(where) ?? obs.domain ?? '';
  // Where it ran: a venue by the table, else a publisher (a site showing someone else's ad).
  const venue: Venue = venueOfUrl(where) ?? { kind: 'publisher' as VenueKind, domain: domain.toLowerCase(), by: 'page' };
  return { to: 'venue', venue, credits: creditsOf(obs, known) };
}

/** Every business the ads and organic results of a venue page name, once per domain (or name). */
export function creditsOf(obs: Pick<Observation, 'ads' | 'serp'>, known: CompetitorIndex): Credit[] {
  const out = new Map<string, Credit>();
  const add = (c: Omit<Credit, 'competitorId'>) => {
    const key = c.domain ?? `name:${c.name?.toLowerCase()}`;
    if (!c.domain && !c.name) return;
    const prev = out.get(key);
    if (prev) {
      prev.name ??= c.name;
      return;
    }
    out.set(key, { ...c, competitorId: known.keys({ handle: null, domains: c.domain ? [c.domain] : [], name: c.name }) });
  };
  for (const ad of obs.ads) add({ via: 'ad', domain: adDomain(ad), name: ad.advertiser?.trim() || null });
  for (const r of obs.serp?.results ?? []) add({ via: 'result', domain: usableDomain(r.url), name: null });
  return [...out.values()];
}

/** The business domain an ad names: advertiser domain, landing URL, display URL; never a venue or shared host. */
export function adDomain(ad: Ad): string | null {
  for (const c of [ad.advertiserDomain, ad.landingUrl, ad.displayUrl]) {
    const d = c ? usableDomain(/^[a-z][a-z0-9+.-]*:/i.test(c) ? c : `https://${c.trim().split(/[\s›>»]/)[0]}`) : null;
    if (d) return d;
  }
  return null;
}

function usableDomain(url: string | null | undefined): string | null {
  const d = url ? registrableDomain(url)?.toLowerCase() : null;
  return d && d.includes('.') && !isSharedDomain(d) ? d : null;
}
