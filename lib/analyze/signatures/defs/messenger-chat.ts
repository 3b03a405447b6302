import { defineSignature } from '../types';

/**
 * Messenger on a site: the (retired in 2024) Customer Chat plugin (.fb-customerchat with
 * xfbml.customerchat.js) and m.me/<page> "message us" links. A Facebook page link or share button
 * is not a chat.
 */
export default defineSignature({
  id: 'messenger-chat',
  name: 'Facebook Messenger chat',
  website: 'https://www.messenger.com',
  categories: ['live-chat', 'messaging'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['connect\\.facebook\\.net/[A-Za-z_]+/sdk/xfbml\\.customerchat\\.js'],
    dom: ['.fb-customerchat', '#fb-customer-chat'],
    links: ['//(?:www\\.)?m\\.me/(?!$)[A-Za-z0-9._-]+', '//(?:www\\.)?messenger\\.com/t/[A-Za-z0-9._-]+'],
  },
  docs: 'https://developers.facebook.com/docs/messenger-platform/discovery/m-me-links/',
  fixtures: {
    positive: [
      {
        html: '<div id="fb-root"></div><div id="fb-customer-chat" class="fb-customerchat" page_id="123" attribution="biz_inbox"></div><script src="https://connect.facebook.net/en_US/sdk/xfbml.customerchat.js" async defer></script>',
      },
      { html: '<a href="https://m.me/acmeshop" class="btn">Chat on Messenger</a>' },
    ],
    negative: [
      {
        html: '<a href="https://www.facebook.com/acmeshop">Facebook</a><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com">Share</a><a href="https://www.facebook.com/dialog/send?link=x">Send</a>',
      },
    ],
  },
});
