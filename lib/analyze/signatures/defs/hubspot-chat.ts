import { defineSignature } from '../types';

/**
 * HubSpot chat is served by the tracking code, which loads
 * js.usemessages.com/conversations-embed.js and renders #hubspot-messages-iframe-container; it is
 * seen through that resource or container.
 */
export default defineSignature({
  id: 'hubspot-chat',
  name: 'HubSpot live chat',
  website: 'https://www.hubspot.com/products/crm/live-chat',
  categories: ['live-chat'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    resources: ['js\\.usemessages\\.com/conversations-embed\\.js'],
    dom: ['#hubspot-messages-iframe-container'],
    globals: ['HubSpotConversations'],
  },
  implies: ['hubspot'],
  docs: 'https://developers.hubspot.com/docs/api/conversation/chat-widget-sdk',
  fixtures: {
    positive: [
      {
        html: '<div id="hubspot-messages-iframe-container"><iframe src="https://app.hubspot.com/conversations-visitor/123/threads/utk/abc"></iframe></div>',
      },
      {
        html: '<script src="//js.hs-scripts.com/1234567.js"></script>',
        resources: ['https://js.usemessages.com/conversations-embed.js'],
      },
    ],
    negative: [
      {
        html: '<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/1234567.js"></script>',
      },
    ],
  },
});
