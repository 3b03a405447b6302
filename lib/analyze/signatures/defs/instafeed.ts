import { defineSignature } from '../types';

/**
 * Instafeed Instagram feed app for Shopify (by Mintt): scripts from instafeed.nfcube.com rendering
 * into #insta-feed.
 */
export default defineSignature({
  id: 'instafeed',
  name: 'Instafeed (Mintt)',
  website: 'https://apps.shopify.com/instafeed',
  categories: ['social', 'ugc', 'feeds'],
  channels: ['organic-social'],
  stage: 'act',
  patterns: {
    scriptSrc: ['instafeed\\.nfcube\\.com/'],
    resources: ['instafeed\\.nfcube\\.com/'],
    inline: ['instafeed\\.nfcube\\.com/'],
    dom: ['#insta-feed'],
  },
  docs: 'https://apps.shopify.com/instafeed',
  fixtures: {
    positive: [
      {
        html: '<div id="insta-feed"></div><script src="https://instafeed.nfcube.com/cdn/12345abc.js" async></script>',
      },
    ],
    negative: [{ html: '<p>Follow our insta feed: <a href="https://www.instagram.com/acme/">@acme</a></p>' }],
  },
});
