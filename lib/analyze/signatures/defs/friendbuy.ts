import { defineSignature } from '../types';

/**
 * Friendbuy snippet: window["friendbuyAPI"] queue with merchant id, loading
 * static.fbot.me/friendbuy.js; referral share links on fbuy.io.
 */
export default defineSignature({
  id: 'friendbuy',
  name: 'Friendbuy',
  website: 'https://www.friendbuy.com',
  categories: ['referral', 'loyalty'],
  channels: ['loyalty-referral'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['static\\.fbot\\.me/'],
    inline: ['\\bfriendbuyAPI\\b', 'static\\.fbot\\.me/'],
    links: ['//fbuy\\.(?:io|me)/'],
    globals: ['friendbuyAPI', 'friendbuy'],
  },
  docs: 'https://developers.friendbuy.com/',
  fixtures: {
    positive: [
      {
        html: '<script>window["friendbuyAPI"] = friendbuyAPI = window["friendbuyAPI"] || []; friendbuyAPI.merchantId = "abc-123"; friendbuyAPI.push(["merchant", friendbuyAPI.merchantId]); (function (f, r, n, d, b, u, y) { b = f.createElement(r); b.async = 1; b.src = n; f.head.appendChild(b); })(document, "script", "https://static.fbot.me/friendbuy.js");</script>',
      },
    ],
    negative: [{ html: '<p>Buy a friend a coffee! <a href="/gift-cards">Gift cards</a></p>' }],
  },
});
