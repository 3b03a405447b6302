import { defineSignature } from '../types';

/**
 * LiveChat snippet: window.__lc = {license: N} and cdn.livechatinc.com/tracking.js; LiveChatWidget
 * global.
 */
export default defineSignature({
  id: 'livechat',
  name: 'LiveChat',
  website: 'https://www.livechat.com',
  categories: ['live-chat'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn\\.livechatinc\\.com/'],
    inline: ['window\\.__lc\\s*=', '__lc\\.license\\s*=', 'cdn\\.livechatinc\\.com/'],
    dom: ['#chat-widget-container'],
    globals: ['LiveChatWidget', '__lc'],
  },
  docs: 'https://platform.text.com/docs/extending-chat-widget/javascript-api',
  fixtures: {
    positive: [
      {
        html: '<script>window.__lc = window.__lc || {}; window.__lc.license = 12345678; (function(n,t,c){function i(n){return e._h?e._h.apply(null,n):e._q.push(n)}var e={_q:[],_h:null,_v:"2.0"};var s=t.createElement("script");s.async=!0,s.type="text/javascript",s.src="https://cdn.livechatinc.com/tracking.js",t.head.appendChild(s);n.LiveChatWidget=n.LiveChatWidget||e}(window,document,[].slice))</script>',
      },
    ],
    negative: [
      {
        html: '<p>Join our live chat with the chef on <a href="https://youtube.com/live/abc">YouTube</a>.</p>',
      },
    ],
  },
});
