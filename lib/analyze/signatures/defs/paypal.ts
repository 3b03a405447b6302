import { defineSignature } from '../types';

/**
 * PayPal JS SDK www.paypal.com/sdk/js?client-id=…&components=buttons,messages (Pay Later messages
 * in [data-pp-message]), legacy checkout.js, the Shopify PayPal Express marker
 * (meta#in-context-paypal-metadata), and classic buy-now / donate button code (its
 * paypalobjects.com /i/scr/pixel.gif and /i/btn/ images). A paypal.me link is not a checkout
 * integration.
 */
export default defineSignature({
  id: 'paypal',
  name: 'PayPal (checkout and Pay Later messaging)',
  website: 'https://www.paypal.com',
  categories: ['payments', 'bnpl'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: [
      'paypal\\.com/sdk/js\\?',
      'paypalobjects\\.com/api/checkout(?:\\.min)?\\.js',
      'paypalobjects\\.com/upstream/bizcomponents/js/messaging\\.js',
      '/plugins/woocommerce-paypal-payments/',
    ],
    inline: ['paypal\\.Buttons\\(', 'paypal\\.com/sdk/js\\?'],
    resources: ['paypalobjects\\.com/[A-Za-z_]+/i/(?:scr|btn)/'],
    dom: ['[data-pp-message]', '#paypal-button-container', '.ppc-button-wrapper', '#in-context-paypal-metadata'],
    globals: ['paypal'],
  },
  docs: 'https://developer.paypal.com/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://www.paypal.com/sdk/js?client-id=abc&amp;components=buttons,messages&amp;currency=USD"></script><div data-pp-message data-pp-amount="129.00" data-pp-placement="product"></div>',
      },
      {
        html: '<meta id="in-context-paypal-metadata" data-shop-id="123" data-venmo-supported="false" data-environment="production" data-locale="en_US" data-paypal-v4="true" data-currency="USD">',
      },
      {
        html: '<form action="https://www.paypal.com/cgi-bin/webscr" method="post"><input type="hidden" name="cmd" value="_s-xclick"><input type="image" src="https://www.paypalobjects.com/en_US/i/btn/btn_buynow_LG.gif"><img alt="" src="https://www.paypalobjects.com/en_US/i/scr/pixel.gif" width="1" height="1"></form>',
      },
    ],
    negative: [
      {
        html: '<p>Tip jar: <a href="https://www.paypal.me/acmecook">paypal.me/acmecook</a> <img src="/icons/paypal.svg" alt="PayPal accepted"></p>',
      },
    ],
  },
});
