/**
 * analyze(capture) → Observation. Pure: runs on an HTML string in Node and in the service
 * worker alike. One parse, one walk (document.ts); every extractor reads the walk's lists.
 */
import { parsePage } from './document';
import { registrableDomain } from './domain';
import { extractPageMeta } from './extractors/page-meta';
import { extractStructuredData } from './extractors/structured-data';
import { extractOffers } from './extractors/offers';
import { extractPromotions } from './extractors/promotions';
import { extractSocialLinks } from './extractors/social-links';
import { extractEmailCapture } from './extractors/email-capture';
import { extractMessaging } from './extractors/messaging';
import { extractCampaign } from './extractors/campaign';
import { detectTechnologies } from './signatures/detect';
import { runAdapters } from './adapters/registry';
import { inferChannels } from './channels/infer';
import { pickedAdObservation } from './ads/picked-observation';
import type { CaptureInput, Observation, ObservationKind, PickedElement } from './types';

/** Bumped when the analysis changes in a way that makes re-deriving stored observations worth it. */
export const ANALYZER_VERSION = 1;

export function analyze(capture: CaptureInput): Observation {
  const doc = parsePage(capture.html, capture.url);
  const page = extractPageMeta(doc);
  // A pick is the ad alone: the host page only says where it ran.
  if (capture.picked) return pickedAdObservation(capture as CaptureInput & { picked: PickedElement }, page, ANALYZER_VERSION);
  const structuredData = extractStructuredData(doc);
  const technologies = detectTechnologies(doc, capture);
  const offers = extractOffers(doc, structuredData);
  const adapted = runAdapters(doc, capture);
  const kind: ObservationKind = adapted?.kind ?? (offers.length && isProductPage(structuredData.types) ? 'product' : 'page');
  const parts = {
    kind,
    technologies,
    socialProfiles: extractSocialLinks(doc),
    emailCapture: extractEmailCapture(doc, technologies),
    campaign: extractCampaign(capture.url),
    ads: adapted?.ads ?? [],
    profile: adapted?.profile ?? null,
    serp: adapted?.serp,
    structuredData,
  };
  return {
    url: capture.url,
    domain: registrableDomain(capture.url),
    page,
    offers,
    promotions: extractPromotions(doc),
    messaging: extractMessaging(doc),
    ...parts,
    channels: inferChannels(parts),
    adapter: adapted?.adapter ?? null,
    capturedAt: capture.capturedAt ?? null,
    ...(capture.truncated ? { truncated: { limitChars: capture.truncated.limitChars } } : {}),
    analyzerVersion: ANALYZER_VERSION,
  };
}

function isProductPage(types: string[]): boolean {
  return types.some((t) => /^(Product|ProductGroup|IndividualProduct|Offer|AggregateOffer)$/.test(t)) || types.length === 0;
}
