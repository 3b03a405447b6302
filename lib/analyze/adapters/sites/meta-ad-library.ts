/**
 * Meta Ad Library (facebook.com/ads/library): one card per ad, each showing its status, its
 * "Library ID", the date it started running (in the viewer's language), the platforms, the
 * page that runs it, the primary text (rendered `white-space: pre-wrap`) and a link card
 * (through l.facebook.com/l.php?u=) with caption, headline and call-to-action button.
 */
import { defineAdapter } from '../types';
import { libraryAds, type LibraryProfile } from '../library-cards';

const PROFILE: LibraryProfile = {
  platform: 'meta',
  text: '[style*="pre-wrap"]',
  ownDomains: /^(facebook\.com|fb\.com|instagram\.com|fb\.me|messenger\.com)$/,
  platformSet: ['facebook', 'instagram', 'messenger', 'audience_network', 'threads', 'whatsapp'],
};

export default defineAdapter({
  matches: [/^https?:\/\/(?:www\.|m\.)?facebook\.com\/ads\/library\/?/i],
  detect(doc) {
    return libraryAds(doc.$(), doc.url, PROFILE, null).length ? 'ad' : null;
  },
  extract(doc, capture) {
    const lang = doc.htmlEl?.attribs.lang ?? null;
    return { kind: 'ad', ads: libraryAds(doc.$(), capture.url, PROFILE, lang) };
  },
});
