/**
 * TikTok Creative Center, Top Ads (ads.tiktok.com/business/creativecenter/…/topads): a grid
 * of video cards, each linking to `/topads/<ad id>/…`, with the brand's name, the ad's caption,
 * its industry, objective and engagement. All are TikTok video ads; the list shows no run dates.
 */
import { defineAdapter } from '../types';
import { libraryAds, type LibraryProfile } from '../library-cards';

const PROFILE: LibraryProfile = {
  platform: 'tiktok',
  idHref: /\/topads\/(\d{6,})(?:[/?]|$)/,
  advertiser: '[class*="brandName"], [class*="BrandName"], [class*="brand-name"]',
  text: '[class*="cardTitle"], [class*="adTitle"], [class*="video-title"]',
  ownDomains: /^(tiktok\.com|tiktokcdn\.com|tiktokcdn-us\.com|ibytedtos\.com|byteoversea\.com)$/,
  platformSet: ['tiktok'],
  platforms: ['tiktok'],
};

export default defineAdapter({
  matches: [/^https?:\/\/ads\.tiktok\.com\/business\/creativecenter\/(?:inspiration\/)?topads\b/i],
  detect(doc) {
    return libraryAds(doc.$(), doc.url, PROFILE, null).length ? 'ad' : null;
  },
  extract(doc, capture) {
    const lang = doc.htmlEl?.attribs.lang ?? null;
    return { kind: 'ad', ads: libraryAds(doc.$(), capture.url, PROFILE, lang) };
  },
});
