import { defineSignature } from '../types';

/**
 * Click-to-chat links to a business number: wa.me/<number>, wa.me/c/<number> (catalogue),
 * wa.me/message/<code>, api.whatsapp.com/send?phone=<number>, whatsapp://send?phone=. Share
 * intents (wa.me/?text=…, api.whatsapp.com/send?text=… without a phone) are not a chat channel.
 */
export default defineSignature({
  id: 'whatsapp-chat',
  name: 'WhatsApp chat',
  website: 'https://business.whatsapp.com',
  categories: ['messaging'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    links: [
      '//wa\\.me/\\+?\\d{6,}',
      '//wa\\.me/c/\\d{6,}',
      '//wa\\.me/message/[A-Z0-9]+',
      'api\\.whatsapp\\.com/send/?\\?(?:[^#]*&)?phone=(?:\\+|%2B)?\\d{6,}',
      'web\\.whatsapp\\.com/send/?\\?(?:[^#]*&)?phone=(?:\\+|%2B)?\\d{6,}',
      '^whatsapp://send/?\\?(?:[^#]*&)?phone=(?:\\+|%2B)?\\d{6,}',
      '//wa\\.link/[a-z0-9]+',
    ],
  },
  docs: 'https://faq.whatsapp.com/',
  fixtures: {
    positive: [
      { html: '<a href="https://wa.me/66812345678?text=Hello" class="whatsapp-float">Chat with us</a>' },
      { html: '<a href="https://api.whatsapp.com/send?phone=971501234567&amp;text=Hi">WhatsApp</a>' },
      {
        html: '<a href="https://api.whatsapp.com/send/?phone=%2B6281234567890&amp;text&amp;type=phone_number&amp;app_absent=0">Chat</a>',
      },
    ],
    negative: [
      {
        html: '<a href="https://api.whatsapp.com/send?text=Try%20this%20recipe%20https%3A%2F%2Fexample.com" class="share">Share on WhatsApp</a><a href="https://wa.me/?text=https%3A%2F%2Fexample.com">Share</a>',
      },
    ],
  },
});
