import { defineSignature } from '../types';

/**
 * Re:amaze widget: cdn.reamaze.com/assets/reamaze.js (or reamaze-loader.js) configured through var
 * _support = … with _support["account"].
 */
export default defineSignature({
  id: 'reamaze',
  name: 'Re:amaze',
  website: 'https://www.reamaze.com',
  categories: ['live-chat', 'helpdesk'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn\\.reamaze\\.com/assets/'],
    inline: ['_support\\[\\s*[\'"]account[\'"]\\s*\\]\\s*=', 'cdn\\.reamaze\\.com/assets/'],
    globals: ['Reamaze'],
  },
  docs: 'https://www.reamaze.com',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript" async src="https://cdn.reamaze.com/assets/reamaze-loader.js"></script><script type="text/javascript">var _support = _support || { "ui": {}, "user": {} }; _support["account"] = "acme"; _support["ui"]["contactMode"] = "default";</script>',
      },
    ],
    negative: [{ html: '<p>Re: amazing recipes <a href="https://www.reamaze.com/">reamaze.com</a></p>' }],
  },
});
