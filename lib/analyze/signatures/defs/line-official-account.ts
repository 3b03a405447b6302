import { defineSignature } from '../types';

/**
 * LINE Official Account add-friend / chat links: lin.ee/<code>, line.me/R/ti/p/@<id> (also
 * line.me/ti/p/, page.line.me), and the official add-friend button image
 * (scdn.line-apps.com/n/line_add_friends/). LINE share links (social-plugins.line.me/lineit/share,
 * line.me/R/msg/text) are not the brand's chat.
 */
export default defineSignature({
  id: 'line-official-account',
  name: 'LINE Official Account',
  website: 'https://www.linebiz.com',
  categories: ['messaging'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    links: ['//lin\\.ee/[A-Za-z0-9]+', 'line\\.me/R/ti/p/', '//line\\.me/ti/p/', '//page\\.line\\.me/[A-Za-z0-9]+'],
    resources: ['scdn\\.line-apps\\.com/n/line_add_friends/'],
  },
  docs: 'https://developers.line.biz/en/docs/messaging-api/sharing-bot/',
  fixtures: {
    positive: [
      {
        html: '<a href="https://lin.ee/AbCd123"><img src="https://scdn.line-apps.com/n/line_add_friends/btn/th.png" alt="เพิ่มเพื่อน"></a>',
      },
      { html: '<a href="https://line.me/R/ti/p/%40acmeshop">LINE</a>' },
    ],
    negative: [
      {
        html: '<a href="https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fexample.com">LINE it!</a><a href="https://line.me/R/msg/text/?hello">Send</a>',
      },
    ],
  },
});
