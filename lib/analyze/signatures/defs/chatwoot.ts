import { defineSignature } from '../types';

/**
 * Chatwoot website widget: the loader fetches <host>/packs/js/sdk.js then
 * window.chatwootSDK.run({websiteToken, baseUrl}); window.chatwootSettings configures it.
 */
export default defineSignature({
  id: 'chatwoot',
  name: 'Chatwoot',
  website: 'https://www.chatwoot.com',
  categories: ['live-chat', 'helpdesk'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['app\\.chatwoot\\.com/packs/js/sdk\\.js'],
    inline: ['chatwootSDK\\.run\\(', 'window\\.chatwootSettings\\s*='],
    globals: ['chatwootSDK', '$chatwoot', 'chatwootSettings'],
  },
  docs: 'https://www.chatwoot.com',
  fixtures: {
    positive: [
      {
        html: '<script>(function(d,t){var BASE_URL="https://app.chatwoot.com";var g=d.createElement(t),s=d.getElementsByTagName(t)[0];g.src=BASE_URL+"/packs/js/sdk.js";g.defer=true;g.async=true;s.parentNode.insertBefore(g,s);g.onload=function(){window.chatwootSDK.run({websiteToken:"abc",baseUrl:BASE_URL})}})(document,"script");</script>',
      },
    ],
    negative: [{ html: '<p>Chat? Woot! <a href="https://www.chatwoot.com/">chatwoot.com</a></p>' }],
  },
});
