/**
 * The swipe file: every ad of every clip, the same ad seen again counted as one ad with more
 * sightings. An ad is "the same" when an ad library gives it the same id, or when advertiser,
 * headline and landing page (without its tracking parameters) agree — a search ad clipped on two
 * days is one ad seen twice, not two ads.
 */
import { registrableDomain } from '../analyze/domain';
import type { Ad, Observation } from '../analyze/types';
import { makeAttributor } from './attribution';
import type { Id, PlanCompetitor } from './model';
import { withoutTracking } from './tracking-params';

/** The part of a stored clip the swipe file reads (any clip: a competitor's or a venue's page). */
export interface AdSource {
  id: Id;
  capturedAt: string;
  obs: Observation;
  /** The competitor the clip is filed under (null for venue pages). */
  competitorId?: Id | null;
}

/** Where one sighting ran: which search, which ad library, which site it was picked on. */
export interface AdPlacement {
  /** `search`, `ad-library`, `social` or `site` (picked on a page). */
  kind: 'search' | 'ad-library' | 'social' | 'site';
  /** Engine, library or site, e.g. `google`, `meta-ad-library`, `news.example.com`. */
  where: string;
  /** The search query, for search ads. */
  query: string | null;
  /** Position on the page (`top-1`…), when the page tells it. */
  position: string | null;
}

export interface AdSighting {
  observationId: Id;
  capturedAt: string;
  pageUrl: string;
  placement: AdPlacement;
}

export interface DistinctAd {
  key: string;
  advertiser: string | null;
  advertiserDomain: string | null;
  headline: string | null;
  text: string | null;
  cta: string | null;
  landingUrl: string | null;
  displayUrl: string | null;
  /** Where the ad is bought: `google`, `bing`, `meta`, `tiktok`, `display`… */
  platform: string;
  libraryId: string | null;
  creativeType: Ad['creativeType'] | null;
  /** A remote creative URL: shown as a link, never loaded by the panel. */
  creativeUrl: string | null;
  /** The competitor it is credited to, when its domain is one of theirs. */
  competitorId: Id | null;
  firstSeen: string;
  lastSeen: string;
  timesSeen: number;
  /** Newest first. */
  sightings: AdSighting[];
}

/** Adapter ids of ad libraries and social sites (everything else with ads is a search page or a picked ad). */
const PLACEMENT_KIND_BY_ADAPTER: Readonly<Record<string, AdPlacement['kind']>> = {
  'meta-ad-library': 'ad-library',
  'google-ads-transparency': 'ad-library',
  'tiktok-creative-center': 'ad-library',
  'linkedin-ad-library': 'ad-library',
  'picked-ad': 'site',
};

/** The platform an ad library's ads are bought on. */
const PLATFORM_BY_ADAPTER: Readonly<Record<string, string>> = {
  'meta-ad-library': 'meta',
  'google-ads-transparency': 'google',
  'tiktok-creative-center': 'tiktok',
  'linkedin-ad-library': 'linkedin',
  'picked-ad': 'display',
};

export function placementOf(obs: Observation, ad: Ad): AdPlacement {
  if (obs.kind === 'serp' && obs.serp) return { kind: 'search', where: obs.serp.engine, query: obs.serp.query, position: ad.position };
  const adapter = obs.adapter ?? '';
  const kind = PLACEMENT_KIND_BY_ADAPTER[adapter] ?? (obs.kind === 'social-profile' ? 'social' : 'site');
  const where = kind === 'site' ? (hostOf(obs.url) ?? obs.domain ?? 'unknown') : adapter || (obs.domain ?? 'unknown');
  return { kind, where, query: null, position: ad.position };
}

export function platformOf(obs: Observation, ad: Ad): string {
  if (ad.platform) return ad.platform.toLowerCase();
  if (obs.kind === 'serp' && obs.serp) return obs.serp.engine;
  return PLATFORM_BY_ADAPTER[obs.adapter ?? ''] ?? 'display';
}

/** Lower case, spaces folded, so "Buy Now " and "buy now" are one headline. */
function fold(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function advertiserDomainOf(ad: Ad): string | null {
  const from = (v: string | null | undefined) => (v ? registrableDomain(/^https?:\/\//i.test(v) ? v : `https://${v.split(/[\s/›>»]/)[0]}`) : null);
  return from(ad.advertiserDomain) ?? from(ad.landingUrl) ?? from(ad.displayUrl);
}

/** The identity of an ad across clips. */
export function adKey(ad: Ad, platform: string): string {
  if (ad.libraryId) return `lib:${platform}:${ad.libraryId}`;
  const who = advertiserDomainOf(ad) ?? fold(ad.advertiser);
  const landing = ad.landingUrl ? withoutTracking(ad.landingUrl) : fold(ad.displayUrl);
  return `ad:${who}|${fold(ad.headline ?? ad.text)}|${landing}`;
}

export function distinctAds(sources: readonly AdSource[], competitors: readonly PlanCompetitor[]): DistinctAd[] {
  const attributor = makeAttributor(competitors);
  const byKey = new Map<string, DistinctAd>();
  for (const source of sources) {
    for (const ad of source.obs.ads ?? []) {
      const platform = platformOf(source.obs, ad);
      const key = adKey(ad, platform);
      const sighting: AdSighting = { observationId: source.id, capturedAt: source.capturedAt, pageUrl: source.obs.url, placement: placementOf(source.obs, ad) };
      const seen = byKey.get(key);
      if (!seen) {
        byKey.set(key, {
          key,
          advertiser: ad.advertiser,
          advertiserDomain: advertiserDomainOf(ad),
          headline: ad.headline,
          text: ad.text,
          cta: ad.cta ?? null,
          landingUrl: ad.landingUrl,
          displayUrl: ad.displayUrl,
          platform,
          libraryId: ad.libraryId ?? null,
          creativeType: ad.creativeType ?? null,
          creativeUrl: ad.creativeUrl ?? null,
          // The advertiser it names decides; an ad seen on a site, in a clip filed under a competitor,
          // whose ad names no known business (a picked ad the user filed) stays with that
          // competitor. Ads on search and library pages are never credited by the page they were read from.
          competitorId: attributor.byAd(ad) ?? (sighting.placement.kind === 'site' ? (source.competitorId ?? null) : null),
          firstSeen: source.capturedAt,
          lastSeen: source.capturedAt,
          timesSeen: 1,
          sightings: [sighting],
        });
        continue;
      }
      // The newest sighting describes the ad as it runs now; fields it lacks keep older values.
      if (source.capturedAt >= seen.lastSeen) {
        seen.lastSeen = source.capturedAt;
        seen.text = ad.text ?? seen.text;
        seen.cta = ad.cta ?? seen.cta;
        seen.creativeUrl = ad.creativeUrl ?? seen.creativeUrl;
      }
      if (source.capturedAt < seen.firstSeen) seen.firstSeen = source.capturedAt;
      seen.timesSeen += 1;
      seen.sightings.push(sighting);
    }
  }
  const ads = [...byKey.values()];
  for (const ad of ads) ad.sightings.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
  return ads.sort((a, b) => b.lastSeen.localeCompare(a.lastSeen) || b.timesSeen - a.timesSeen);
}

export interface AdFilter {
  competitorId?: Id | null;
  platform?: string | null;
  placement?: string | null;
  /** ISO dates (inclusive); compared with first and last seen. */
  from?: string | null;
  to?: string | null;
  text?: string | null;
  tag?: string | null;
  board?: string | null;
}

/** User labels kept per ad key (tags and boards). */
export interface AdLabels {
  tags: string[];
  boards: string[];
}

export function filterAds(ads: readonly DistinctAd[], f: AdFilter, labels: ReadonlyMap<string, AdLabels> = new Map()): DistinctAd[] {
  const needle = fold(f.text);
  return ads.filter((ad) => {
    if (f.competitorId != null && ad.competitorId !== f.competitorId) return false;
    if (f.platform && ad.platform !== f.platform) return false;
    if (f.placement && !ad.sightings.some((s) => s.placement.where === f.placement)) return false;
    if (f.from && ad.lastSeen.slice(0, 10) < f.from) return false;
    if (f.to && ad.firstSeen.slice(0, 10) > f.to) return false;
    if (f.tag && !labels.get(ad.key)?.tags.includes(f.tag)) return false;
    if (f.board && !labels.get(ad.key)?.boards.includes(f.board)) return false;
    if (needle) {
      const hay = fold([ad.advertiser, ad.advertiserDomain, ad.headline, ad.text, ad.cta, ad.landingUrl, ...(labels.get(ad.key)?.tags ?? [])].filter(Boolean).join(' '));
      if (!hay.includes(needle)) return false;
    }
    return true;
  });
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The newest stored crop of the ad itself: a picked ad's clip keeps the picked element's picture;
 * a search or ad-library clip keeps the whole page, which is not this ad's creative.
 */
export function creativeOf(ad: DistinctAd, shots: ReadonlyMap<Id, string>): string | null {
  for (const s of ad.sightings) if (s.placement.kind === 'site' && shots.has(s.observationId)) return shots.get(s.observationId)!;
  return null;
}
