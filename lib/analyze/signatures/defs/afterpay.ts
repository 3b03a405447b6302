import { defineSignature } from '../types';

/**
 * Afterpay (Clearpay in the UK, Cash App Afterpay) messaging: js.afterpay.com/afterpay-1.x.js,
 * portal.afterpay.com / portal.clearpay.co.uk scripts, the Square on-site messaging library
 * js.squarecdn.com/square-marketplace.js, and <afterpay-placement> / <square-placement> elements.
 */
export default defineSignature({
  id: 'afterpay',
  name: 'Afterpay / Clearpay',
  website: 'https://www.afterpay.com',
  categories: ['bnpl', 'payments'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: [
      'js\\.afterpay\\.com/',
      'portal\\.afterpay\\.com/',
      'portal\\.clearpay\\.co\\.uk/',
      'static\\.afterpay\\.com/',
      'static\\.clearpay\\.co\\.uk/',
      'js\\.squarecdn\\.com/square-marketplace\\.js',
    ],
    inline: ['js\\.afterpay\\.com/', '\\bAfterpay\\.(?:initialize|createPaymentSchedule)'],
    dom: ['.afterpay-paragraph', 'afterpay-placement', 'square-placement'],
    globals: ['Afterpay', 'AfterPay'],
  },
  docs: 'https://developers.cash.app/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://js.afterpay.com/afterpay-1.x.js" data-analytics-enabled async></script><afterpay-placement data-locale="en_AU" data-currency="AUD" data-amount="129.00"></afterpay-placement>',
      },
      {
        html: '<afterpay-placement data-locale="en_AU" data-currency="AUD" data-amount="129.00"></afterpay-placement>',
      },
    ],
    negative: [{ html: '<p>After pay day, treat yourself. <a href="https://www.afterpay.com/">afterpay.com</a></p>' }],
  },
});
