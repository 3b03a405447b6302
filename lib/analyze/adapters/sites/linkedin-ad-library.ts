/**
 * LinkedIn Ad Library (linkedin.com/ad-library): search results and ad detail pages. Each ad
 * links to `/ad-library/detail/<id>`; the card shows the company (a link to its LinkedIn page),
 * "Promoted", the commentary, the creative, its headline and call to action; the detail page
 * adds "Ran from … to …" and who paid for it.
 */
import { defineAdapter } from '../types';
import { libraryAds, type LibraryProfile } from '../library-cards';

const PROFILE: LibraryProfile = {
  platform: 'linkedin',
  idHref: /\/ad-library\/detail\/(\d+)/,
  card: 'main.ad-detail, [data-ad-id]',
  advertiser: '[data-tracking-control-name*="advertiser"], .sponsored-content-header__name',
  text: '.commentary__content, [class*="commentary"]',
  headline: '.sponsored-content-headline, [class*="headline"]',
  cta: '.sponsored-content-cta, [class*="cta"]',
  ownDomains: /^(linkedin\.com|licdn\.com|lnkd\.in)$/,
  platformSet: ['linkedin'],
  platforms: ['linkedin'],
};

export default defineAdapter({
  matches: [/^https?:\/\/(?:www\.)?linkedin\.com\/ad-library\//i],
  detect(doc) {
    return libraryAds(doc.$(), doc.url, PROFILE, null).length ? 'ad' : null;
  },
  extract(doc, capture) {
    const lang = doc.htmlEl?.attribs.lang ?? null;
    return { kind: 'ad', ads: libraryAds(doc.$(), capture.url, PROFILE, lang) };
  },
});
