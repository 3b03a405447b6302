import { defineSignature } from '../types';

/**
 * Social Snowball affiliate app: its storefront referral script is
 * api.socialsnowball.io/js/referral.js; affiliate portals live on socialsnowball.io hosts.
 */
export default defineSignature({
  id: 'social-snowball',
  name: 'Social Snowball',
  website: 'https://socialsnowball.io',
  categories: ['affiliate', 'influencer'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['[./]socialsnowball\\.io/'],
    resources: ['[./]socialsnowball\\.io/'],
    inline: ['[./]socialsnowball\\.io/'],
  },
  docs: 'https://socialsnowball.io',
  fixtures: {
    positive: [
      {
        html: '<script src="https://api.socialsnowball.io/js/referral.js?shop=acme.myshopify.com" async></script>',
      },
    ],
    negative: [{ html: '<p>Social snowball effect! <a href="https://example.com/snowball">snowball</a></p>' }],
  },
});
