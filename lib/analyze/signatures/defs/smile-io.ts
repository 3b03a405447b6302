import { defineSignature } from '../types';

/**
 * Smile.io loyalty launcher: js.smile.io/v1/smile-<platform>.js (legacy cdn.sweettooth.io) with a
 * .smile-shopify-init element carrying data-channel-key, and the SmileUI global.
 */
export default defineSignature({
  id: 'smile-io',
  name: 'Smile.io',
  website: 'https://smile.io',
  categories: ['loyalty', 'referral'],
  channels: ['loyalty-referral'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['js\\.smile\\.io/', 'cdn\\.sweettooth\\.io/'],
    resources: ['js\\.smile\\.io/'],
    dom: ['.smile-shopify-init', '[data-smile-*]'],
    inline: ['\\bSmileUI\\.init\\(', 'js\\.smile\\.io/v1/'],
    globals: ['SmileUI'],
  },
  docs: 'https://docs.smile.io/',
  fixtures: {
    positive: [
      {
        html: '<div class="smile-shopify-init" data-channel-key="channel_abc" data-shopify-customer-id=""></div><script src="https://js.smile.io/v1/smile-shopify.js?shop=acme.myshopify.com" async></script>',
      },
    ],
    negative: [
      {
        html: '<p>Smile! <a href="https://www.smile.io/blog">smile.io blog</a> <img src="https://example.com/smile.png" alt="smile"></p>',
      },
    ],
  },
});
