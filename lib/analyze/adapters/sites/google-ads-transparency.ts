/**
 * Google Ads Transparency Center (adstransparency.google.com): an advertiser's creatives as
 * `creative-preview` cards linking to `/advertiser/AR…/creative/CR…` (the creative id is the
 * library id), with the advertiser's name, the format and, on a creative's page, the dates it
 * was shown and where (Search, YouTube, Display…). Text ads render in a sandboxed frame the
 * capture cannot read; their headline stays null.
 */
import { defineAdapter } from '../types';
import { libraryAds, type LibraryProfile } from '../library-cards';

const PROFILE: LibraryProfile = {
  platform: 'google',
  card: 'creative-preview, creative-details',
  idHref: /\/creative\/(CR\d+)/,
  advertiser: '.advertiser-name, [class*="advertiser-name"]',
  format: '.format-label, [class*="format"]',
  ownDomains: /^(google\.[a-z.]+|youtube\.com|googlesyndication\.com|gstatic\.com|ytimg\.com)$/,
  platformSet: ['google_search', 'youtube', 'google_display', 'google_play', 'google_maps', 'google_shopping'],
};

export default defineAdapter({
  matches: [/^https?:\/\/adstransparency\.google\.com\/(?:advertiser|\?|$)/i],
  detect(doc) {
    return libraryAds(doc.$(), doc.url, PROFILE, null).length ? 'ad' : null;
  },
  extract(doc, capture) {
    const lang = doc.htmlEl?.attribs.lang ?? null;
    return { kind: 'ad', ads: libraryAds(doc.$(), capture.url, PROFILE, lang) };
  },
});
