/**
 * Registrable domains that many businesses share, so an ad's landing page or a profile's
 * external link there says nothing about WHICH competitor it is: every venue (search engines,
 * social networks, marketplaces, publishers — lib/analyze/venues/table.ts) plus link-in-bio
 * pages, URL shorteners and ad redirectors listed here. Data: add a domain with what it is.
 */
import { isVenueDomain } from '../analyze/venues/classify';

export const SHARED_DOMAINS: ReadonlySet<string> = new Set([
  // link-in-bio and shorteners
  'linktr.ee', 'lnk.bio', 'beacons.ai', 'linkin.bio', 'taplink.cc', 'campsite.bio', 'bio.link', 'msha.ke',
  'carrd.co', 'bit.ly', 'tinyurl.com', 'ow.ly', 'buff.ly', 't.co', 'goo.gl', 'rebrand.ly', 'cutt.ly', 'shorturl.at',
  'lin.ee', 'lit.link', 'zaloapp.com',
  // ad redirectors and click trackers
  'googleadservices.com', 'doubleclick.net', 'dartsearch.net', 'serving-sys.com', 'everesttech.net',
]);

export function isSharedDomain(domain: string | null | undefined): boolean {
  return !!domain && (SHARED_DOMAINS.has(domain.toLowerCase()) || isVenueDomain(domain));
}
