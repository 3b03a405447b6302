import { defineSignature } from '../types';

/** Shopware 6 storefront bundles and Shopware 5 theme paths. */
export default defineSignature({
  id: 'shopware',
  name: 'Shopware',
  website: 'https://www.shopware.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['/theme/[0-9a-f]{32}/js/', '/bundles/storefront/', '/themes/Frontend/'],
    resources: ['/theme/[0-9a-f]{32}/css/', '/bundles/storefront/', '/themes/Frontend/', '/web/cache/\\d+_[0-9a-f]+\\.css'],
    inline: ['window\\.salesChannelId\\s*=', '[\'"]frontend\\.cart\\.offcanvas[\'"]'],
    dom: ['[data-offcanvas-cart]'],
  },
  fixtures: {
    positive: [
      { html: '<link rel="stylesheet" href="https://shop.example.de/theme/0123456789abcdef0123456789abcdef/css/all.css?1700000000"><script>window.salesChannelId = \'abc\';</script>' },
    ],
    negative: [
      { html: '<a href="https://www.shopware.com/de/">Shopware</a><link rel="stylesheet" href="/theme/main.css">' },
    ],
  },
});
