/**
 * Which competitor an observation belongs to: the keys to look it up by, strongest first, and
 * what a new competitor is created with when none matches. Pure; queries.ts does the lookups.
 *
 * - a social profile: its `platform:handle`, then the domain of the profile's external link;
 * - an ad: the advertiser's (landing page's) domain;
 * - anything else: the page's registrable domain (`shop.example.co.uk` → `example.co.uk`).
 * Domains many businesses share (link-in-bio, marketplaces, social networks) never match.
 */
import { registrableDomain } from '../analyze/domain';
import type { Ad, Observation } from '../analyze/types';
import { profileKey } from './db';
import { isSharedDomain } from './shared-domains';

export interface MatchKeys {
  /** `platform:handle` of a clipped profile. */
  handle: string | null;
  /** Registrable domains, strongest first. */
  domains: string[];
  /** Matched case-insensitively when neither handle nor domain did (ads and profiles only). */
  name: string | null;
  /** What a new competitor would be called. */
  newName: string;
  /** Handles the competitor's own page links to (attached to it when not claimed elsewhere). */
  linkedHandles: string[];
}

export function matchKeys(obs: Observation): MatchKeys {
  if (obs.kind === 'social-profile' && obs.profile?.handle) return profileKeys(obs);
  if (obs.kind === 'ad' && obs.ads.length) return adKeys(obs);
  const domain = obs.domain ?? hostOf(obs.url);
  return {
    handle: null,
    domains: domain ? [domain] : [],
    name: null,
    newName: domain ?? obs.page.siteName ?? obs.url,
    linkedHandles: obs.kind === 'serp' ? [] : obs.socialProfiles.filter((s) => s.handle).map((s) => profileKey(s.platform, s.handle)),
  };
}

function profileKeys(obs: Observation): MatchKeys {
  const p = obs.profile!;
  const external = usableDomain(p.externalUrl);
  return {
    handle: profileKey(p.platform, p.handle!),
    domains: external ? [external] : [],
    name: p.name?.trim() || null,
    newName: p.name?.trim() || `@${p.handle!.replace(/^@/, '')}`,
    linkedHandles: [],
  };
}

function adKeys(obs: Observation): MatchKeys {
  const domains = unique(obs.ads.map(adDomain).filter((d): d is string => d !== null));
  const advertiser = obs.ads.map((a) => a.advertiser?.trim()).find((a) => !!a) ?? null;
  // With nothing to go on, the ad stays with the site it was seen on until the user moves it.
  const fallback = domains.length || advertiser ? [] : [obs.domain].filter((d): d is string => !!d);
  return {
    handle: null,
    domains: domains.length ? domains : fallback,
    name: advertiser,
    newName: advertiser ?? domains[0] ?? fallback[0] ?? obs.url,
    linkedHandles: [],
  };
}

function adDomain(ad: Ad): string | null {
  for (const c of [ad.advertiserDomain, ad.landingUrl, ad.displayUrl]) {
    // Display URLs and advertiser domains come without a scheme ("www.example.com/shoes").
    const d = c ? usableDomain(/^[a-z][a-z0-9+.-]*:/i.test(c) ? c : `https://${c}`) : null;
    if (d) return d;
  }
  return null;
}

/** The registrable domain of a URL, unless many businesses share it. */
function usableDomain(url: string | null | undefined): string | null {
  if (!url) return null;
  const d = registrableDomain(url);
  return d && !isSharedDomain(d) ? d.toLowerCase() : null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

const unique = <T,>(xs: T[]) => [...new Set(xs)];
