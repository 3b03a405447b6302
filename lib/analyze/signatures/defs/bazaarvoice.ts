import { defineSignature } from '../types';

/**
 * Bazaarvoice: bv.js from apps.bazaarvoice.com/deployments/<client>/<zone>/<env>/<locale>/bv.js,
 * data-bv-show containers and the $BV / BV globals.
 */
export default defineSignature({
  id: 'bazaarvoice',
  name: 'Bazaarvoice',
  website: 'https://www.bazaarvoice.com',
  categories: ['reviews', 'ugc'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['apps\\.bazaarvoice\\.com/', 'display\\.ugc\\.bazaarvoice\\.com/', '\\.bazaarvoice\\.com/static/'],
    resources: ['network(?:-[a-z0-9]+)?\\.bazaarvoice\\.com/'],
    inline: ['apps\\.bazaarvoice\\.com/deployments/', '\\$BV\\.(?:configure|ui)\\('],
    dom: ['[data-bv-show]', '#BVRRContainer', '#BVRRSummaryContainer'],
    globals: ['$BV'],
  },
  docs: 'https://developers.bazaarvoice.com/',
  fixtures: {
    positive: [
      {
        html: '<script async src="https://apps.bazaarvoice.com/deployments/acme/main_site/production/en_US/bv.js"></script><div data-bv-show="reviews" data-bv-product-id="123"></div>',
      },
    ],
    negative: [{ html: '<p>A bazaar of voices at <a href="https://www.bazaarvoice.com/">bazaarvoice.com</a></p>' }],
  },
});
