import { defineSignature } from '../types';

/**
 * Loox photo reviews for Shopify: widget assets from loox.io/widget/, #looxReviews and
 * .loox-rating elements.
 */
export default defineSignature({
  id: 'loox',
  name: 'Loox',
  website: 'https://loox.app',
  categories: ['reviews', 'ugc'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['loox\\.io/widget/'],
    resources: ['loox\\.io/widget/'],
    dom: ['#looxReviews', '.loox-rating', '#looxReviewsFrame'],
    inline: ['loox\\.io/widget/'],
  },
  docs: 'https://loox.app',
  fixtures: {
    positive: [
      {
        html: '<div id="looxReviews" data-product-id="123" class="loox-reviews-default"></div><script async src="https://loox.io/widget/AbC123/loox.1234.js?shop=acme.myshopify.com"></script>',
      },
    ],
    negative: [{ html: '<p>Loox good! <a href="https://loox.app/">Loox</a></p>' }],
  },
});
