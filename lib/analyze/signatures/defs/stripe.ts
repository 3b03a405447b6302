import { defineSignature } from '../types';

/**
 * Stripe.js from js.stripe.com/v3 (v2 and basil/clover versions), Stripe Payment Links
 * (buy.stripe.com) (the pricing table and buy button elements load from js.stripe.com too).
 */
export default defineSignature({
  id: 'stripe',
  name: 'Stripe',
  website: 'https://stripe.com',
  categories: ['payments'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['js\\.stripe\\.com/'],
    resources: ['js\\.stripe\\.com/', 'm\\.stripe\\.network/'],
    links: ['//buy\\.stripe\\.com/', '//checkout\\.stripe\\.com/'],
    inline: ['js\\.stripe\\.com/v\\d'],
    globals: ['Stripe'],
  },
  docs: 'https://docs.stripe.com/js/including',
  fixtures: {
    positive: [
      { html: '<script src="https://js.stripe.com/v3/"></script>' },
      { html: '<a href="https://buy.stripe.com/test_abc123">Buy the e-book</a>' },
    ],
    negative: [
      {
        html: '<div class="stripe stripe-bg"><p>Striped napkins, <a href="https://stripe.com/blog">Stripe blog</a>.</p></div>',
      },
    ],
  },
});
