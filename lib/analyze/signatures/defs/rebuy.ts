import { defineSignature } from '../types';

/**
 * Rebuy personalization for Shopify: rebuy-engine scripts from cdn.rebuyengine.com and widgets
 * marked data-rebuy-id.
 */
export default defineSignature({
  id: 'rebuy',
  name: 'Rebuy',
  website: 'https://www.rebuyengine.com',
  categories: ['personalisation', 'cro'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn\\.rebuyengine\\.com/', '\\.rebuyengine\\.com/'],
    resources: ['rebuyengine\\.com/'],
    dom: ['[data-rebuy-id]', '[data-rebuy-shopify-product-ids]'],
    inline: ['cdn\\.rebuyengine\\.com/'],
    globals: ['Rebuy'],
  },
  docs: 'https://developers.rebuyengine.com/',
  fixtures: {
    positive: [
      {
        html: '<script async src="https://cdn.rebuyengine.com/onsite/js/rebuy.js?shop=acme.myshopify.com"></script><div data-rebuy-id="12345" data-rebuy-shopify-product-ids="111"></div>',
      },
    ],
    negative: [{ html: '<p>Rebuy our bestsellers: <a href="/collections/rebuy">rebuy</a></p>' }],
  },
});
