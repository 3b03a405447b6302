import { defineSignature } from '../types';

/**
 * REVIEWS.io (formerly Reviews.co.uk) widgets from widget.reviews.io / widget.reviews.co.uk,
 * rendered by richSnippetReviewsWidgets / ReviewsWidget calls.
 */
export default defineSignature({
  id: 'reviews-io',
  name: 'REVIEWS.io',
  website: 'https://www.reviews.io',
  categories: ['reviews', 'ugc'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: [
      'widget\\.reviews\\.io/',
      'widget\\.reviews\\.co\\.uk/',
      '\\.reviews\\.io/(?:carousel|rating-snippet|modern-widgets|product)/',
    ],
    inline: [
      '\\brichSnippetReviewsWidgets\\(',
      'new\\s+ReviewsWidget\\(',
      'ratingSnippet\\(\\s*["\']ruk_rating_snippet',
    ],
    dom: ['.ruk_rating_snippet', '#ReviewsWidget'],
    globals: ['ReviewsWidget', 'richSnippetReviewsWidgets'],
  },
  docs: 'https://www.reviews.io',
  fixtures: {
    positive: [
      {
        html: '<script src="https://widget.reviews.io/rich-snippet-reviews-widgets/dist.js"></script><div id="carousel-widget-810"></div><script>richSnippetReviewsWidgets("carousel-widget-810", { store: "acme", widgetName: "carousel-inline-iframeless" });</script>',
      },
    ],
    negative: [
      {
        html: '<p>Read our <a href="/pages/reviews">reviews</a> and <a href="https://www.reviews.io/company-reviews/store/acme">more</a>.</p>',
      },
    ],
  },
});
