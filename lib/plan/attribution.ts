/**
 * Who an ad or a search result belongs to. Ads and results name a domain (advertiser domain,
 * landing URL or display URL); that domain's registrable part is looked up among the domains
 * attached to competitors, then the advertiser's name among their names and aliases. Domains are cached because a SERP repeats the same hosts.
 */
import { registrableDomain } from '../analyze/domain';
import type { Ad } from '../analyze/types';
import type { Id, PlanCompetitor } from './model';

export interface Attributor {
  /** The competitor owning this URL-ish string (URL, bare host, or display URL such as `shop.com › sale`). */
  byUrl(value: string | null | undefined): Id | null;
  /** The competitor an ad advertises, from its advertiser domain, landing URL or display URL. */
  byAd(ad: Ad): Id | null;
}

export function makeAttributor(competitors: readonly PlanCompetitor[]): Attributor {
  const owner = new Map<string, Id>();
  const named = new Map<string, Id>();
  for (const c of competitors) {
    for (const d of c.domains) owner.set(d.toLowerCase(), c.id);
    for (const n of [c.name, ...(c.aliases ?? [])]) if (!named.has(n.trim().toLowerCase())) named.set(n.trim().toLowerCase(), c.id);
  }
  const cache = new Map<string, string | null>();
  const domainOf = (value: string): string | null => {
    let d = cache.get(value);
    if (d === undefined) {
      d = registrableDomain(toUrl(value));
      cache.set(value, d);
    }
    return d;
  };
  const byUrl = (value: string | null | undefined): Id | null => {
    if (!value) return null;
    const d = domainOf(value);
    return d ? (owner.get(d) ?? null) : null;
  };
  return {
    byUrl,
    // The advertiser's name (an alias) when no domain matched: ad libraries name advertisers, not sites.
    byAd: (ad) => byUrl(ad.advertiserDomain) ?? byUrl(ad.landingUrl) ?? byUrl(ad.displayUrl) ?? (ad.advertiser ? (named.get(ad.advertiser.trim().toLowerCase()) ?? null) : null),
  };
}

/** Display URLs come as `www.shop.com › shoes` or `shop.com/sale`; keep the host part. */
function toUrl(value: string): string {
  const v = value.trim();
  if (/^https?:\/\//i.test(v)) return v;
  const host = v.split(/[\s/›>»]/)[0];
  return `https://${host}`;
}
