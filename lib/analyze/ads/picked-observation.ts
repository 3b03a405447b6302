/**
 * A picked ad is the ad: the observation of a pick holds what is inside the picked element (its
 * text, headline, links with redirects decoded, image, landing URL and that URL's campaign
 * parameters, the ad server seen in its click URL) and where it ran (the host page, as
 * placement). The host page's technologies, social accounts, forms, messaging and the channels
 * they imply belong to the publisher and are never part of it.
 */
import { parsePage } from '../document';
import { registrableDomain } from '../domain';
import { extractPageMeta } from '../extractors/page-meta';
import { extractStructuredData } from '../extractors/structured-data';
import { extractOffers } from '../extractors/offers';
import { extractPromotions } from '../extractors/promotions';
import { extractSocialLinks } from '../extractors/social-links';
import { extractCampaign } from '../extractors/campaign';
import { inferChannels } from '../channels/infer';
import { readPickedAd } from '../adapters/sites/picked-ad';
import { unwrapUrl } from '../adapters/redirects';
import { adServerOf } from './ad-servers';
import { venueOfUrl } from '../venues/classify';
import type { Ad, CaptureInput, Observation, PageMeta, PickedElement } from '../types';

const EMPTY_PAGE: PageMeta = { title: null, description: null, lang: null, canonical: null, siteName: null, image: null };

/**
 * `hostPage` is the host page's meta (read once by analyze()); only its title and language are
 * kept, as the placement's name and the ad's language.
 */
export function pickedAdObservation(capture: CaptureInput & { picked: PickedElement }, hostPage: PageMeta, analyzerVersion: number): Observation {
  const { picked, url } = capture;
  const ad = enrichAd(readPickedAd(picked, url, hostPage.lang), picked, url, hostPage.title);
  // The element on its own: offers, promotions and profile links drawn inside the ad are the advertiser's.
  const inside = parsePage(picked.html, url);
  const structuredData = extractStructuredData(inside);
  const parts = {
    kind: 'ad' as const,
    technologies: [],
    socialProfiles: extractSocialLinks(inside),
    emailCapture: { present: false, evidence: [] },
    campaign: ad.campaign ?? null,
    ads: [ad],
    profile: null,
    serp: undefined,
    structuredData,
  };
  return {
    url,
    domain: registrableDomain(url),
    page: { ...EMPTY_PAGE, title: ad.headline ?? extractPageMeta(inside).title, lang: hostPage.lang, dir: hostPage.dir ?? null, image: ad.creativeUrl ?? null },
    offers: extractOffers(inside, structuredData),
    promotions: extractPromotions(inside),
    messaging: { headline: ad.headline, hero: ad.text, ctas: ad.cta ? [ad.cta] : [], valueProps: [] },
    ...parts,
    channels: inferChannels(parts),
    adapter: 'picked-ad',
    capturedAt: capture.capturedAt ?? null,
    analyzerVersion,
  };
}

/** Adds what the adapter does not read: every link decoded, the ad server, the landing URL's campaign, the placement. */
export function enrichAd(ad: Ad, picked: PickedElement, pageUrl: string, pageTitle: string | null): Ad {
  const raw = [...picked.links, ...picked.images];
  const links = [...new Set(picked.links.map((l) => unwrapUrl(l, pageUrl)).filter((u): u is string => !!u))];
  const server = adServerOf(raw);
  const venue = venueOfUrl(pageUrl);
  return {
    ...ad,
    links,
    adServer: server ? { id: server.id, name: server.name } : null,
    campaign: ad.landingUrl ? extractCampaign(ad.landingUrl) : null,
    placement: { url: pageUrl, domain: registrableDomain(pageUrl), title: pageTitle, venue: venue?.kind ?? null },
  };
}

/**
 * An ad observation stored before picks were read on their own (it carried the host page's
 * stack, accounts and messaging): the same ad with only what is inside it, and the page it was
 * picked on as placement. For the store's migration; raw captures can re-derive it fully.
 */
export function adOnlyObservation(obs: Observation): Observation {
  const ads = obs.ads.map((ad) => ({
    ...ad,
    campaign: ad.campaign ?? (ad.landingUrl ? extractCampaign(ad.landingUrl) : null),
    placement: ad.placement ?? { url: obs.url, domain: obs.domain ?? registrableDomain(obs.url), title: obs.page.title, venue: venueOfUrl(obs.url)?.kind ?? null },
  }));
  const ad = ads[0];
  const parts = {
    kind: 'ad' as const,
    technologies: [],
    socialProfiles: [],
    emailCapture: { present: false, evidence: [] },
    campaign: ad?.campaign ?? null,
    ads,
    profile: null,
    serp: undefined,
    structuredData: { types: [], jsonld: [], microdata: [], rdfa: [] },
  };
  return {
    ...obs,
    ...parts,
    page: { ...EMPTY_PAGE, title: ad?.headline ?? null, lang: obs.page.lang, dir: obs.page.dir ?? null, image: ad?.creativeUrl ?? null },
    offers: [],
    promotions: [],
    messaging: { headline: ad?.headline ?? null, hero: ad?.text ?? null, ctas: ad?.cta ? [ad.cta] : [], valueProps: [] },
    channels: inferChannels(parts),
  };
}
