import { defineSignature } from '../types';

export default defineSignature({
  id: 'shopify',
  name: 'Shopify',
  website: 'https://www.shopify.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  docs: 'https://shopify.dev/docs/storefronts/themes/architecture/layouts',
  patterns: {
    scriptSrc: ['cdn\\.shopify\\.com/(?:s/|shopifycloud/|extensions/)', '/cdn/shopifycloud/', '/cdn/shop/t/\\d+/assets/'],
    resources: ['cdn\\.shopify\\.com/s/files/[^?#]+/assets/', '/cdn/shop/t/\\d+/assets/'],
    inline: ['Shopify\\.shop\\s*=\\s*[\'"]', 'window\\.ShopifyAnalytics\\s*=', 'Shopify\\.theme\\s*=\\s*\\{'],
    meta: { 'shopify-checkout-api-token': '', 'shopify-digital-wallet': '' },
    globals: ['Shopify', 'ShopifyAnalytics'],
  },
  fixtures: {
    positive: [
      {
        html: `<meta name="shopify-checkout-api-token" content="0123456789abcdef"><link href="//myshop.com/cdn/shop/t/12/assets/base.css?v=1" rel="stylesheet">
<script>var Shopify = Shopify || {};Shopify.shop = "myshop.myshopify.com";Shopify.locale = "th";Shopify.currency = {"active":"THB","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":123456789};</script><script src="https://cdn.shopify.com/shopifycloud/shopify/assets/storefront/load_feature-abc.js"></script>`,
      },
    ],
    negative: [
      { html: '<a href="https://www.shopify.com/blog/dropshipping">Shopify blog</a><img src="https://cdn.shopify.com/s/files/1/0001/0002/products/mug.jpg" alt="A mug sold elsewhere">' },
    ],
  },
});
