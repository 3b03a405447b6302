import { defineSignature } from '../types';

/**
 * UpPromote (by Secomapp) affiliate app for Shopify: storefront scripts from uppromote.com hosts
 * and the affiliate registration page embedded from af.uppromote.com (formerly af.secomapp.com).
 */
export default defineSignature({
  id: 'uppromote',
  name: 'UpPromote',
  website: 'https://uppromote.com',
  categories: ['affiliate', 'influencer'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['[./]uppromote\\.com/', '[./]secomapp\\.com/'],
    resources: ['//af\\.uppromote\\.com/', '//af\\.secomapp\\.com/'],
    inline: ['cdn\\.uppromote\\.com/'],
  },
  docs: 'https://uppromote.com',
  fixtures: {
    positive: [{ html: '<iframe src="https://af.uppromote.com/acme/register" width="100%" height="900"></iframe>' }],
    negative: [{ html: '<p>Up! Promote your brand with <a href="/promote">promotions</a>.</p>' }],
  },
});
