import { defineSignature } from '../types';

/**
 * Stripe.js from js.stripe.com/v3 (v2 and basil/clover versions), Stripe Payment Links
 * (buy.stripe.com), and the no-code <stripe-pricing-table> / <stripe-buy-button> elements.
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
    dom: ['stripe-pricing-table', 'stripe-buy-button'],
    globals: ['Stripe'],
  },
  docs: 'https://docs.stripe.com/js/including',
  fixtures: {
    positive: [
      { html: '<script src="https://js.stripe.com/v3/"></script>' },
      { html: '<a href="https://buy.stripe.com/test_abc123">Buy the e-book</a>' },
      { html: '<stripe-pricing-table pricing-table-id="prctbl_1Abc" publishable-key="pk_live_abc"></stripe-pricing-table>' },
    ],
    negative: [
      {
        html: '<div class="stripe stripe-bg"><p>Striped napkins, <a href="https://stripe.com/blog">Stripe blog</a>.</p></div>',
      },
    ],
  },
});
