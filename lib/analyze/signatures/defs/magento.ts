import { defineSignature } from '../types';

/** Magento Open Source / Adobe Commerce (2.x static paths and x-magento-init; 1.x skin paths). */
export default defineSignature({
  id: 'magento',
  name: 'Magento (Adobe Commerce)',
  website: 'https://business.adobe.com/products/magento/magento-commerce.html',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['/static/(?:version\\d+/)?frontend/[\\w-]+/[\\w-]+/[a-z]{2}_[a-z]{2}/', '/js/mage/', '/skin/frontend/'],
    resources: ['/static/(?:version\\d+/)?frontend/[\\w-]+/[\\w-]+/[a-z]{2}_[a-z]{2}/', '/skin/frontend/'],
    inline: ['[\'"]Magento_\\w+/js/', '\\bMage\\.Cookies\\.'],
    dom: ['[data-mage-init]'],
  },
  fixtures: {
    positive: [
      {
        html: `<script src="https://shop.example.com/static/version1700000000/frontend/Magento/luma/en_US/requirejs/require.js"></script>
<script type="text/x-magento-init">{"*": {"Magento_Ui/js/core/app": {"components": {}}}}</script><div data-mage-init='{"dropdown":{}}'></div>`,
      },
    ],
    negative: [
      { html: '<a href="https://business.adobe.com/products/magento/magento-commerce.html">Magento</a><script src="/static/js/main.js"></script>' },
    ],
  },
});
