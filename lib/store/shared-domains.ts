/**
 * Registrable domains that many businesses share: link-in-bio pages, URL shorteners, social
 * networks, marketplaces and ad redirectors. A profile's external link or an ad's landing page
 * on one of these says nothing about WHICH competitor it is, so matching never uses them.
 * Data: add a domain with a comment on what it is.
 */
export const SHARED_DOMAINS: ReadonlySet<string> = new Set([
  // link-in-bio and shorteners
  'linktr.ee', 'lnk.bio', 'beacons.ai', 'linkin.bio', 'taplink.cc', 'campsite.bio', 'bio.link', 'msha.ke',
  'carrd.co', 'bit.ly', 'tinyurl.com', 'ow.ly', 'buff.ly', 't.co', 'goo.gl', 'rebrand.ly', 'cutt.ly', 'shorturl.at',
  'lin.ee', 'lit.link', 'zaloapp.com',
  // social networks and messaging
  'facebook.com', 'fb.com', 'fb.me', 'instagram.com', 'tiktok.com', 'youtube.com', 'youtu.be', 'x.com', 'twitter.com',
  'linkedin.com', 'pinterest.com', 'threads.net', 'threads.com', 'bsky.app', 'line.me', 'zalo.me', 'kakao.com',
  'whatsapp.com', 'wa.me', 'm.me', 'messenger.com', 't.me', 'telegram.me', 'snapchat.com', 'reddit.com', 'naver.com',
  // marketplaces (a shop's store page there is not its own site)
  'shopee.co.th', 'shopee.vn', 'shopee.sg', 'shopee.com.my', 'shopee.ph', 'shopee.co.id', 'shopee.tw', 'lazada.co.th',
  'lazada.vn', 'lazada.sg', 'lazada.com.my', 'lazada.com.ph', 'lazada.co.id', 'tokopedia.com', 'amazon.com',
  'amazon.co.uk', 'amazon.de', 'amazon.co.jp', 'ebay.com', 'etsy.com', 'aliexpress.com', 'coupang.com', 'tiki.vn',
  'smartstore.naver.com', 'noon.com', 'jumia.com', 'mercadolibre.com', 'rakuten.co.jp',
  // search engines and ad redirectors
  'google.com', 'googleadservices.com', 'doubleclick.net', 'bing.com', 'duckduckgo.com', 'yandex.ru', 'coccoc.com',
]);

export function isSharedDomain(domain: string | null | undefined): boolean {
  return !!domain && SHARED_DOMAINS.has(domain.toLowerCase());
}
