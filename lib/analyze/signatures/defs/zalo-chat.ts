import { defineSignature } from '../types';

/**
 * Zalo Official Account chat: the chat widget (.zalo-chat-widget with data-oaid, loaded by
 * sp.zalo.me/plugins/sdk.js) and zalo.me/<oaId or phone> chat links. The Zalo share button
 * (.zalo-share-button) uses the same SDK and is not a chat.
 */
export default defineSignature({
  id: 'zalo-chat',
  name: 'Zalo chat (Official Account)',
  website: 'https://oa.zalo.me',
  categories: ['messaging', 'live-chat'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    dom: ['.zalo-chat-widget'],
    links: ['//zalo\\.me/\\d{6,}', '//chat\\.zalo\\.me/\\?(?:[^#]*&)?phone=\\d', '//oa\\.zalo\\.me/home\\?'],
  },
  docs: 'https://developers.zalo.me/',
  fixtures: {
    positive: [
      {
        html: '<div class="zalo-chat-widget" data-oaid="1234567890123456789" data-welcome-message="Xin chào!" data-autopopup="0" data-width="350" data-height="420"></div><script src="https://sp.zalo.me/plugins/sdk.js"></script>',
      },
      { html: '<a href="https://zalo.me/0901234567" class="zalo-btn">Chat Zalo</a>' },
    ],
    negative: [
      {
        html: '<div class="zalo-share-button" data-href="https://example.vn" data-oaid="579745863508352884" data-layout="1"></div><script src="https://sp.zalo.me/plugins/sdk.js"></script>',
      },
    ],
  },
});
