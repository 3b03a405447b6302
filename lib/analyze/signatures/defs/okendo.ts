import { defineSignature } from '../types';

/**
 * Okendo reviews: the widget bundle from cdn-static.okendo.io/reviews-widget-plus/, data-oke-*
 * widget attributes and okeWidgetApi / okendoReviews globals.
 */
export default defineSignature({
  id: 'okendo',
  name: 'Okendo',
  website: 'https://www.okendo.io',
  categories: ['reviews', 'ugc'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['\\.okendo\\.io/'],
    resources: ['cdn-static\\.okendo\\.io/'],
    dom: ['[data-oke-*]', '.okeReviews'],
    inline: ['cdn-static\\.okendo\\.io/', '\\bokeWidgetApi\\b', '\\bokendoReviews\\b'],
    globals: ['okeWidgetApi', 'okendoReviews', 'okeReviewsWidgetOnInit'],
  },
  docs: 'https://www.okendo.io',
  fixtures: {
    positive: [
      {
        html: '<div data-oke-widget data-oke-reviews-product-id="shopify-123"><div data-oke-reviews-widget-holder></div></div><script type="module" src="https://cdn-static.okendo.io/reviews-widget-plus/js/okendo-reviews.js"></script>',
      },
    ],
    negative: [
      {
        html: '<p>Okendo? <a href="https://www.okendo.io/">okendo.io</a> — we tried it once.</p><div data-oak-id="1"></div>',
      },
    ],
  },
});
