import { defineSignature } from '../types';

/**
 * Stamped.io reviews: cdn1.stamped.io/files/widget.min.js initialised with StampedFn.init,
 * #stamped-main-widget and .stamped-product-reviews-badge elements.
 */
export default defineSignature({
  id: 'stamped',
  name: 'Stamped Reviews',
  website: 'https://stamped.io',
  categories: ['reviews', 'ugc'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn1\\.stamped\\.io/', '\\.stamped\\.io/files/', 'cdn-stamped-io\\.azureedge\\.net/'],
    inline: ['\\bStampedFn\\.init\\('],
    dom: ['#stamped-main-widget', '.stamped-product-reviews-badge', '.stamped-main-widget'],
    globals: ['StampedFn'],
  },
  docs: 'https://developers.stamped.io/',
  fixtures: {
    positive: [
      {
        html: '<script async type="text/javascript" id="stamped-script-widget" data-api-key="pubkey-abc" src="https://cdn1.stamped.io/files/widget.min.js"></script><div id="stamped-main-widget" data-product-id="123" data-name="Tee"></div>',
      },
    ],
    negative: [
      {
        html: '<p>Stamped leather tags. <a href="/products/stamped-tag">Stamped tag</a></p><div class="stamped"></div>',
      },
    ],
  },
});
