/** Realistic observations for store tests: a Thai shop page, its Instagram profile, an ad. */
import type { Observation } from '../../lib/analyze/types';

export function pageObservation(over: Partial<Observation> = {}): Observation {
  return {
    url: 'https://shop.baanthai.co.th/products/silk-scarf?utm_source=facebook',
    domain: 'baanthai.co.th',
    kind: 'product',
    page: { title: 'ผ้าไหมไทย ผ้าพันคอ – Baan Thai', description: 'ผ้าไหมแท้ทอมือ', lang: 'th', canonical: 'https://shop.baanthai.co.th/products/silk-scarf', siteName: 'Baan Thai', image: null },
    offers: [{ price: 1290, currency: 'THB', regularPrice: 1590, availability: 'in_stock', evidence: [{ source: 'structured-data', value: '1290' }] }],
    technologies: [
      { id: 'meta-pixel', name: 'Meta Pixel', categories: ['advertising'], channels: ['paid-social'], stage: 'reach', confidence: 0.9, evidence: [{ source: 'resource', value: 'https://connect.facebook.net/en_US/fbevents.js' }] },
    ],
    socialProfiles: [
      { platform: 'instagram', handle: 'baanthai.silk', url: 'https://www.instagram.com/baanthai.silk/' },
      { platform: 'line', handle: '@baanthai', url: 'https://line.me/R/ti/p/@baanthai' },
    ],
    emailCapture: { present: true, evidence: [{ source: 'form', value: 'newsletter' }] },
    channels: [{ channel: 'paid-social', stage: 'reach', media: 'paid', funnel: 'tofu', confidence: 0.9, evidence: [{ source: 'technology', value: 'meta-pixel' }] }],
    ads: [],
    profile: null,
    structuredData: { types: ['Product'], jsonld: [{ '@type': 'Product', name: 'ผ้าพันคอไหม' }], microdata: [], rdfa: [] },
    promotions: [{ type: 'percent-off', text: 'ลด 20%', value: 20, evidence: [] }],
    messaging: { headline: 'ผ้าไหมแท้จากเชียงใหม่', hero: null, ctas: ['สั่งซื้อเลย'], valueProps: [] },
    campaign: { channel: 'paid-social', source: 'facebook', medium: null, name: null, clickIds: [], evidence: [] },
    adapter: null,
    capturedAt: '2026-01-10T03:00:00.000Z',
    analyzerVersion: 1,
    ...over,
  };
}

export function profileObservation(over: Partial<Observation['profile'] & object> = {}, obsOver: Partial<Observation> = {}): Observation {
  return pageObservation({
    url: 'https://www.instagram.com/baanthai.silk/',
    domain: 'instagram.com',
    kind: 'social-profile',
    offers: [],
    socialProfiles: [],
    technologies: [],
    profile: { platform: 'instagram', handle: 'baanthai.silk', name: 'Baan Thai Silk', followers: 12300, following: 210, posts: 845, bio: 'ผ้าไหมแท้', verified: false, externalUrl: 'https://linktr.ee/baanthai', ...over },
    adapter: 'instagram',
    ...obsOver,
  });
}

export function adObservation(over: Partial<Observation['ads'][number]> = {}, obsOver: Partial<Observation> = {}): Observation {
  return pageObservation({
    url: 'https://www.facebook.com/',
    domain: 'facebook.com',
    kind: 'ad',
    offers: [],
    socialProfiles: [],
    ads: [{ advertiser: 'Baan Thai Silk', headline: 'ลด 20% ผ้าไหม', text: 'ส่งฟรีทั่วไทย', displayUrl: 'BAANTHAI.CO.TH', landingUrl: 'https://www.baanthai.co.th/sale?fbclid=x', position: 'card-1', ...over }],
    adapter: 'picked-ad',
    ...obsOver,
  });
}
