import { defineSignature } from '../types';

/**
 * GoAffPro affiliate app loads api.goaffpro.com/loader.js?shop=<store> (and static.goaffpro.com
 * assets).
 */
export default defineSignature({
  id: 'goaffpro',
  name: 'GoAffPro',
  website: 'https://goaffpro.com',
  categories: ['affiliate', 'referral'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['api\\.goaffpro\\.com/loader\\.js', 'static\\.goaffpro\\.com/'],
    resources: ['\\.goaffpro\\.com/'],
    inline: ['api\\.goaffpro\\.com/loader\\.js'],
  },
  docs: 'https://docs.goaffpro.com/',
  fixtures: {
    positive: [{ html: '<script src="https://api.goaffpro.com/loader.js?shop=acme.myshopify.com" async></script>' }],
    negative: [{ html: '<p>Go affiliate pros! <a href="https://example.com/go-aff">go-aff</a></p>' }],
  },
});
