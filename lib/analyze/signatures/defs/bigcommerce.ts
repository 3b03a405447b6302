import { defineSignature } from '../types';

export default defineSignature({
  id: 'bigcommerce',
  name: 'BigCommerce',
  website: 'https://www.bigcommerce.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn\\d+\\.bigcommerce\\.com/'],
    resources: ['cdn\\d+\\.bigcommerce\\.com/s-\\w+/'],
    inline: ['\\bBCData\\s*='],
    globals: ['BCData'],
  },
  fixtures: {
    positive: [
      { html: `<link href="https://cdn11.bigcommerce.com/s-abc123/stencil/def/css/theme-1.css" rel="stylesheet"><script>window.BCData = {"csrf_token":"x"};</script>` },
    ],
    negative: [
      { html: '<a href="https://www.bigcommerce.com/articles/ecommerce/">BigCommerce articles</a>' },
    ],
  },
});
