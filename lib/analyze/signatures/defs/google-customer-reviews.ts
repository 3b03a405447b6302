import { defineSignature } from '../types';

/**
 * Google Customer Reviews: apis.google.com/js/platform.js?onload=renderOptIn (survey opt-in,
 * gapi.surveyoptin.render) or ?onload=renderBadge (ratingbadge).
 */
export default defineSignature({
  id: 'google-customer-reviews',
  name: 'Google Customer Reviews',
  website: 'https://support.google.com/merchants/',
  categories: ['reviews'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['apis\\.google\\.com/js/platform\\.js\\?onload=render(?:OptIn|Badge)'],
    inline: [
      'gapi\\.surveyoptin\\.render\\(',
      'gapi\\.ratingbadge\\.render\\(',
      '["\']merchant_id["\']\\s*:\\s*\\d+\\s*,\\s*["\']order_id["\']',
    ],
  },
  docs: 'https://support.google.com/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://apis.google.com/js/platform.js?onload=renderOptIn" async defer></script><script>window.renderOptIn = function() { window.gapi.load("surveyoptin", function() { window.gapi.surveyoptin.render({ "merchant_id": 123, "order_id": "ORDER", "email": "a@b.co", "delivery_country": "US", "estimated_delivery_date": "2024-01-01" }); }); }</script>',
      },
    ],
    negative: [
      {
        html: '<script src="https://apis.google.com/js/platform.js" async defer></script><div class="g-ytsubscribe" data-channel="acme"></div>',
      },
    ],
  },
});
