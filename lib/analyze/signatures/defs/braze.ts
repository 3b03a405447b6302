import { defineSignature } from '../types';

/**
 * Braze Web SDK from the js.appboycdn.com/web-sdk/<version>/braze.min.js CDN, started with
 * braze.initialize (older appboy.initialize).
 */
export default defineSignature({
  id: 'braze',
  name: 'Braze',
  website: 'https://www.braze.com',
  categories: ['marketing-automation', 'push', 'email'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['js\\.appboycdn\\.com/web-sdk/'],
    inline: ['\\bbraze\\.initialize\\(', '\\bappboy\\.initialize\\(', 'js\\.appboycdn\\.com/web-sdk/'],
    globals: ['braze', 'appboy'],
  },
  docs: 'https://www.braze.com/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://js.appboycdn.com/web-sdk/5.0/braze.min.js"></script><script>braze.initialize("API-KEY", { baseUrl: "sdk.iad-01.braze.com" }); braze.openSession();</script>',
      },
    ],
    negative: [{ html: '<p>Braised short ribs. <a href="https://www.braze.com/customers">braze.com</a></p>' }],
  },
});
