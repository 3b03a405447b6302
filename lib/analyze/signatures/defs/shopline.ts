import { defineSignature } from '../types';

/** SHOPLINE (Hong Kong, Taiwan, Southeast Asia) hosted stores. */
export default defineSignature({
  id: 'shopline',
  name: 'SHOPLINE',
  website: 'https://shopline.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn\\.shoplineapp\\.com/', 'img\\.myshopline\\.com/', 'cdn\\.myshopline\\.com/'],
    resources: ['(?:cdn|img)\\.shoplineapp\\.com/', '(?:img|cdn)\\.myshopline\\.com/', 'shoplineimg\\.com/'],
    inline: ['\\bwindow\\.SHOPLINE\\s*=', '\\bShopline\\.(?:uri|currency|storeId)\\b'],
    globals: ['Shopline', 'SHOPLINE'],
  },
  fixtures: {
    positive: [
      { html: '<link rel="stylesheet" href="https://cdn.shoplineapp.com/s/theme/abc/app.css"><img src="https://shoplineimg.com/5a1b2c/abc/800x.webp">' },
    ],
    negative: [
      { html: '<a href="https://shopline.com/">SHOPLINE</a><p>Our shop line-up for summer.</p>' },
    ],
  },
});
