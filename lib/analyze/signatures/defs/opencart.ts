import { defineSignature } from '../types';

export default defineSignature({
  id: 'opencart',
  name: 'OpenCart',
  website: 'https://www.opencart.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    resources: ['/catalog/view/(?:theme|javascript)/'],
    links: ['index\\.php\\?route=(?:product|common|checkout|account)/'],
  },
  fixtures: {
    positive: [
      { html: '<link href="catalog/view/theme/default/stylesheet/stylesheet.css" rel="stylesheet"><a href="https://shop.example.com/index.php?route=checkout/cart">Cart</a>' },
    ],
    negative: [
      { html: '<a href="https://www.opencart.com/index.php?route=cms/demo">OpenCart demo</a>' },
    ],
  },
});
