import { defineSignature } from '../types';

/**
 * Klarna On-site Messaging and Payments: js.klarna.com/web-sdk/, the regional library
 * <region>-library.klarnaservices.com/lib.js (data-client-id), x.klarnacdn.net/kp/lib/v1/api.js;
 * <klarna-placement> elements; Klarna / KlarnaOnsiteService globals.
 */
export default defineSignature({
  id: 'klarna',
  name: 'Klarna',
  website: 'https://www.klarna.com',
  categories: ['bnpl', 'payments'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: [
      'js\\.klarna\\.com/web-sdk/',
      '[a-z]{2}-library\\.klarnaservices\\.com/',
      'x\\.klarnacdn\\.net/',
      '\\.klarnaservices\\.com/lib\\.js',
      '/plugins/klarna-',
    ],
    inline: ['\\bKlarnaOnsiteService\\b', 'klarnaservices\\.com/lib\\.js'],
    dom: ['klarna-placement'],
    globals: ['Klarna', 'KlarnaOnsiteService'],
  },
  docs: 'https://docs.klarna.com/',
  fixtures: {
    positive: [
      {
        html: '<script async data-environment="production" src="https://js.klarna.com/web-sdk/v1/klarna.js" data-client-id="abc-123"></script><klarna-placement data-key="credit-promotion-badge" data-locale="en-GB" data-purchase-amount="12900"></klarna-placement>',
      },
      {
        html: '<klarna-placement data-key="top-strip-promotion-auto-size" data-locale="sv-SE"></klarna-placement>',
      },
    ],
    negative: [{ html: '<p>Pay later with <a href="https://www.klarna.com/uk/">Klarna</a>? Not here.</p>' }],
  },
});
