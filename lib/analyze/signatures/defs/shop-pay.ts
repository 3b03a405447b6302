import { defineSignature } from '../types';

/**
 * Shop Pay on Shopify storefronts: <shop-pay-button>, Shop Pay Installments banners
 * (<shopify-payment-terms>) and the Shop login button are all rendered by the shop-js modules
 * (cdn.shopify.com/shopifycloud/shop-js/); both the modules and the custom elements are matched.
 */
export default defineSignature({
  id: 'shop-pay',
  name: 'Shop Pay',
  website: 'https://shop.app',
  categories: ['payments', 'bnpl'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn\\.shopify\\.com/shopifycloud/shop-js/'],
    resources: ['cdn\\.shopify\\.com/shopifycloud/shop-js/'],
    inline: ['shopifycloud/shop-js/'],
    dom: ['shop-pay-button', 'shopify-payment-terms'],
  },
  implies: ['shopify'],
  docs: 'https://shopify.dev/docs/storefronts/themes/pricing-payments/installments',
  fixtures: {
    positive: [
      {
        html: '<shopify-payment-terms variant-id="123" shopify-meta="{&quot;type&quot;:&quot;product&quot;}"></shopify-payment-terms><script src="https://cdn.shopify.com/shopifycloud/shop-js/modules/v2/client.payment-terms_en.esm.js" type="module"></script>',
      },
      { html: '<shop-pay-button store-url="https://acme.example" variants="40123456:1"></shop-pay-button>' },
    ],
    negative: [{ html: '<p>Shop, pay and go! <a href="https://shop.app/">shop.app</a></p>' }],
  },
});
