import { defineSignature } from '../types';

/**
 * BON Loyalty (rewards and referrals for Shopify) serves its storefront widget, loyalty page
 * assets and API from bonloyalty.com hosts (cdn.bonloyalty.com, graph.bonloyalty.com).
 */
export default defineSignature({
  id: 'bon-loyalty',
  name: 'BON Loyalty',
  website: 'https://bonloyalty.com',
  categories: ['loyalty', 'referral'],
  channels: ['loyalty-referral'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['[./]bonloyalty\\.com/'],
    resources: ['[./]bonloyalty\\.com/'],
    inline: ['(?:cdn|graph|api)\\.bonloyalty\\.com/'],
  },
  docs: 'https://bonloyalty.com/docs',
  fixtures: {
    positive: [
      {
        html: '<div class="loyalty-hero" style="background-image:none"><img src="https://cdn.bonloyalty.com/loyalty_page/AbCdEf123.png" alt="Rewards"></div>',
      },
    ],
    negative: [{ html: '<p>Bon appétit! Join our <a href="/pages/loyalty">loyalty club</a>.</p>' }],
  },
});
