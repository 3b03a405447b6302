import { defineSignature } from '../types';

/** ExpandCart (Egypt and the Gulf) hosted stores. */
export default defineSignature({
  id: 'expandcart',
  name: 'ExpandCart',
  website: 'https://expandcart.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['(?:^|//)[\\w.-]*expandcart\\.com/'],
    resources: ['(?:^|//)[\\w.-]*expandcart\\.com/', 'expandcart-assets\\.'],
    meta: { generator: 'ExpandCart' },
  },
  fixtures: {
    positive: [
      { html: '<link rel="stylesheet" href="https://cdn.expandcart.com/themes/manhattan/css/style.css"><meta name="generator" content="ExpandCart">' },
    ],
    negative: [
      { html: '<a href="https://expandcart.com/ar/">إكسباند كارت</a><p>expand cart drawer</p>' },
    ],
  },
});
