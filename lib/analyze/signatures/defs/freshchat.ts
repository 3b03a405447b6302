import { defineSignature } from '../types';

/**
 * Freshchat widget: wchat.freshchat.com/js/widget.js with window.fcWidget.init; newer Freshworks
 * messaging loads from fw-cdn.com with chat="true".
 */
export default defineSignature({
  id: 'freshchat',
  name: 'Freshchat (Freshworks)',
  website: 'https://www.freshworks.com/live-chat-software/',
  categories: ['live-chat', 'helpdesk'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['wchat\\.freshchat\\.com/js/', '\\.freshchat\\.com/js/widget\\.js', '\\.fw-cdn\\.com/\\d+/\\d+\\.js'],
    inline: ['\\bfcWidget\\.init\\(', 'wchat\\.freshchat\\.com/js/'],
    globals: ['fcWidget', 'fcSettings'],
  },
  docs: 'https://developers.freshchat.com/web-sdk/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://wchat.freshchat.com/js/widget.js"></script><script>window.fcWidget.init({ token: "abc", host: "https://wchat.freshchat.com" });</script>',
      },
    ],
    negative: [{ html: '<p>A fresh chat about fresh pasta. <a href="https://www.freshworks.com/">Freshworks</a></p>' }],
  },
});
