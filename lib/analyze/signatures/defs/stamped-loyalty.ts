import { defineSignature } from '../types';

/**
 * Stamped loyalty and rewards renders its launcher from a #stamped-rewards-init element
 * (data-key-public) handled by the Stamped widget script.
 */
export default defineSignature({
  id: 'stamped-loyalty',
  name: 'Stamped Loyalty',
  website: 'https://stamped.io/loyalty',
  categories: ['loyalty', 'referral'],
  channels: ['loyalty-referral'],
  stage: 'engage',
  patterns: { dom: ['#stamped-rewards-init', '.stamped-rewards-init', '[data-stamped-rewards-*]'] },
  implies: ['stamped'],
  docs: 'https://developers.stamped.io/',
  fixtures: {
    positive: [
      {
        html: '<div id="stamped-rewards-init" class="stamped-rewards-init" data-key-public="pubkey-abc" data-key-hmac="" data-customer-id=""></div>',
      },
    ],
    negative: [{ html: '<div id="stamped-main-widget" data-product-id="123"></div>' }],
  },
});
