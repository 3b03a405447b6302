import { defineSignature } from '../types';

/**
 * Tidio chat: code.tidio.co/<public_key>.js; tidioChatApi global.
 */
export default defineSignature({
  id: 'tidio',
  name: 'Tidio',
  website: 'https://www.tidio.com',
  categories: ['live-chat'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['code\\.tidio\\.co/'],
    inline: ['code\\.tidio\\.co/', '\\btidioChatApi\\b'],
    dom: ['#tidio-chat', '#tidio-chat-iframe'],
    globals: ['tidioChatApi', 'tidioChatCode'],
  },
  docs: 'https://www.tidio.com',
  fixtures: {
    positive: [{ html: '<script src="//code.tidio.co/abcdefghijklmnop.js" async></script>' }],
    negative: [{ html: '<p>Tidy your kitchen: <a href="https://www.tidio.com/">tidio.com</a></p>' }],
  },
});
