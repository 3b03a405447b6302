import { defineSignature } from '../types';

/**
 * LoyaltyLion SDK from sdk.loyaltylion.net, initialised with loyaltylion.init({token}); widgets
 * use data-lion-* attributes.
 */
export default defineSignature({
  id: 'loyaltylion',
  name: 'LoyaltyLion',
  website: 'https://loyaltylion.com',
  categories: ['loyalty', 'referral'],
  channels: ['loyalty-referral'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['sdk\\.loyaltylion\\.net/', '\\.loyaltylion\\.net/'],
    inline: ['\\bloyaltylion\\.init\\(', 'sdk\\.loyaltylion\\.net/'],
    dom: ['[data-lion-*]'],
    globals: ['loyaltylion'],
  },
  docs: 'https://developers.loyaltylion.com/',
  fixtures: {
    positive: [
      {
        html: '<script>!function(t,n){function o(n){var o=t.getElementsByTagName("script")[0],i=t.createElement("script");i.src=n,i.crossOrigin="",o.parentNode.insertBefore(i,o)}if(!n.isLoyaltyLion){window.loyaltylion=n,void 0===window.lion&&(window.lion=n),n.version=2,n.isLoyaltyLion=!0;o("https://sdk.loyaltylion.net/static/2/loader.js")}}(document,window.loyaltylion||[]);loyaltylion.init({ token: "abc123" });</script>',
      },
    ],
    negative: [{ html: '<p>The lion is loyal. <a href="https://example.com/lions">lions</a></p>' }],
  },
});
