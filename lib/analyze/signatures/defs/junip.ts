import { defineSignature } from '../types';

/**
 * Junip reviews for Shopify: widgets.juniphq.com/v1/junip_shopify.js (also scripts.juniphq.com)
 * and a .junip-store-key element with data-store-key.
 */
export default defineSignature({
  id: 'junip',
  name: 'Junip',
  website: 'https://junip.co',
  categories: ['reviews', 'ugc'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['(?:widgets|scripts)\\.juniphq\\.com/'],
    resources: ['\\.juniphq\\.com/'],
    dom: ['.junip-store-key', '.junip-product-review', '.junip-product-summary'],
    inline: ['(?:widgets|scripts)\\.juniphq\\.com/'],
  },
  docs: 'https://junip.co/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://widgets.juniphq.com/v1/junip_shopify.js?shop=acme.myshopify.com"></script><span class="junip-store-key" data-store-key="AbCdEf"></span>',
      },
    ],
    negative: [{ html: '<p>Juniper berries, <a href="/juniper">juniper gin</a>.</p>' }],
  },
});
