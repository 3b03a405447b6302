/**
 * Which venue a URL or a clipped page belongs to, if any. The domain table (table.ts) decides
 * first; an article page of a site that sells nothing is a publisher even when no row names it
 * (page-signals.ts). Pure: the store's attribution calls it before anything is stored.
 */
import { getDomainWithoutSuffix } from 'tldts';
import { registrableDomain, hostnameOf } from '../domain';
import type { Observation } from '../types';
import { AD_LIBRARY_PATHS, VENUES, type VenueKind } from './table';
import { isArticlePage, hasCommerceEvidence } from './page-signals';

export type { VenueKind } from './table';

export interface Venue {
  kind: VenueKind;
  /** Registrable domain of the venue (`google.de`). */
  domain: string;
  /** How it was recognised: a row of the table, or the page itself (an article of a site with no commerce). */
  by: 'table' | 'page';
}

const BY_DOMAIN = new Map<string, VenueKind>();
const BY_BRAND = new Map<string, VenueKind>();
for (const row of VENUES) {
  for (const d of row.domains ?? []) if (!BY_DOMAIN.has(d)) BY_DOMAIN.set(d, row.kind);
  for (const b of row.brands ?? []) if (!BY_BRAND.has(b)) BY_BRAND.set(b, row.kind);
}

/** The venue kind of a registrable domain (`google.co.th` → search), or null for everyone else. */
export function venueKindOfDomain(domain: string | null | undefined): VenueKind | null {
  if (!domain) return null;
  const d = domain.toLowerCase().replace(/^www\./, '');
  const exact = BY_DOMAIN.get(d);
  if (exact) return exact;
  const brand = getDomainWithoutSuffix(d, { allowPrivateDomains: false });
  return (brand && BY_BRAND.get(brand)) || null;
}

/** True for domains that are venues by the table: an ad or profile link landing there names no business. */
export function isVenueDomain(domain: string | null | undefined): boolean {
  return venueKindOfDomain(domain) !== null;
}

/** The venue a URL is on by the table alone (ad-library paths of a network included). */
export function venueOfUrl(url: string): Venue | null {
  const domain = registrableDomain(url)?.toLowerCase();
  const kind = venueKindOfDomain(domain);
  if (!domain || !kind) return null;
  return { kind: isAdLibrary(url, domain) ? 'ad-library' : kind, domain, by: 'table' };
}

function isAdLibrary(url: string, domain: string): boolean {
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  const host = hostnameOf(url) ?? '';
  return AD_LIBRARY_PATHS.some((r) => r.domain === domain && r.path.test(path) && (!r.host || r.host.test(host)));
}

/** What the observation needs for the page test: its URL, structured data, offers, forms and stack. */
export type VenueInputs = Pick<Observation, 'url' | 'page' | 'structuredData' | 'offers' | 'emailCapture' | 'technologies'>;

/**
 * The venue a clipped page is on: by the table, else a publisher when the page is an article and
 * the page shows no commerce (no offer, product, cart form or shop platform).
 */
export function venueOfPage(obs: VenueInputs): Venue | null {
  const byTable = venueOfUrl(obs.url);
  if (byTable) return byTable;
  const domain = registrableDomain(obs.url)?.toLowerCase();
  if (domain && isArticlePage(obs) && !hasCommerceEvidence(obs)) return { kind: 'publisher', domain, by: 'page' };
  return null;
}
