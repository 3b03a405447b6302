import { defineSignature } from '../types';

/** Salla (Saudi Arabia) hosted stores. */
export default defineSignature({
  id: 'salla',
  name: 'Salla',
  website: 'https://salla.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn\\.salla\\.(?:sa|network)/', 'cdn\\.assets\\.salla\\.network/'],
    resources: ['cdn\\.salla\\.(?:sa|network)/', 'cdn\\.assets\\.salla\\.network/'],
    inline: ['\\bsalla\\.config\\.(?:set|get)\\(', '\\bSalla\\.init\\('],
    globals: ['salla', 'Salla'],
  },
  fixtures: {
    positive: [
      { html: '<script src="https://cdn.salla.network/js/twilight/2.0/twilight.js"></script><salla-add-product-button product-id="123"></salla-add-product-button>' },
    ],
    negative: [
      { html: '<a href="https://salla.com/">سلة</a><p>منصة سلة للتجارة الإلكترونية</p>' },
    ],
  },
});
