import { defineSignature } from '../types';

export default defineSignature({
  id: 'prestashop',
  name: 'PrestaShop',
  website: 'https://prestashop.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    resources: ['/modules/ps_\\w+/', '/themes/[\\w-]+/assets/cache/'],
    inline: ['\\bvar prestashop\\s*=\\s*\\{', '\\bprestashop\\s*=\\s*\\{\\s*"cart"'],
    meta: { generator: '^PrestaShop' },
    globals: ['prestashop'],
  },
  fixtures: {
    positive: [
      { html: '<link rel="stylesheet" href="/themes/classic/assets/cache/theme-abc123.css"><script>var prestashop = {"cart":{"products":[]},"currency":{"iso_code":"EUR"}};</script>' },
    ],
    negative: [
      { html: '<a href="https://prestashop.com/">PrestaShop</a><p>Migrating from PrestaShop to a new platform.</p>' },
    ],
  },
});
