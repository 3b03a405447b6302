import { defineSignature } from '../types';

/**
 * Crisp chatbox: window.$crisp = []; window.CRISP_WEBSITE_ID = "…" then client.crisp.chat/l.js.
 */
export default defineSignature({
  id: 'crisp',
  name: 'Crisp',
  website: 'https://crisp.chat',
  categories: ['live-chat'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['client\\.crisp\\.chat/'],
    inline: ['CRISP_WEBSITE_ID\\s*=', 'client\\.crisp\\.chat/l\\.js'],
    globals: ['$crisp', 'CRISP_WEBSITE_ID'],
  },
  docs: 'https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript">window.$crisp=[];window.CRISP_WEBSITE_ID="abc-123";(function(){d=document;s=d.createElement("script");s.src="https://client.crisp.chat/l.js";s.async=1;d.getElementsByTagName("head")[0].appendChild(s);})();</script>',
      },
    ],
    negative: [{ html: '<p>Crisp bacon, crisp.chat? <a href="https://example.com/crisp">crisp</a></p>' }],
  },
});
