import { defineSignature } from '../types';

export default defineSignature({
  id: 'woocommerce',
  name: 'WooCommerce',
  website: 'https://woocommerce.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  implies: ['wordpress'],
  patterns: {
    scriptSrc: ['/wp-content/plugins/woocommerce/'],
    resources: ['/wp-content/plugins/woocommerce/assets/'],
    inline: ['\\bwoocommerce_params\\s*=', '\\bwc_add_to_cart_params\\s*=', '\\bwc_cart_fragments_params\\s*='],
    meta: { generator: '^WooCommerce\\b' },
    dom: ['.woocommerce-no-js', '.woocommerce-page'],
  },
  fixtures: {
    positive: [
      {
        html: `<meta name="generator" content="WooCommerce 8.9.1"><link rel="stylesheet" href="https://blog.example.com/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=8.9.1">
<script>var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View cart"};</script>`,
      },
      { html: '<body class="home woocommerce-no-js"><p>Shop</p></body>' },
    ],
    negative: [
      { html: '<link rel="stylesheet" href="/wp-content/plugins/wp-recipe-maker/dist/public.css"><a href="https://woocommerce.com/products/">WooCommerce extensions</a>' },
    ],
  },
});
