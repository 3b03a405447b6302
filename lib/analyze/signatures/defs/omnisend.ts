import { defineSignature } from '../types';

/**
 * Omnisend snippet: window.omnisend queue with a brandID, then
 * omnisnippet1.com/inshop/launcher-v2.js.
 */
export default defineSignature({
  id: 'omnisend',
  name: 'Omnisend',
  website: 'https://www.omnisend.com',
  categories: ['email', 'sms', 'marketing-automation'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['omnisnippet1\\.com/', 'omnisrc\\.com/'],
    inline: [
      'window\\.omnisend\\s*=\\s*window\\.omnisend',
      'omnisend\\.push\\(\\s*\\[\\s*["\']brandID',
      'omnisnippet1\\.com/',
    ],
    globals: ['omnisend'],
  },
  docs: 'https://support.omnisend.com/',
  fixtures: {
    positive: [
      {
        html: '<script>window.omnisend = window.omnisend || []; omnisend.push(["brandID", "5f1a"]); omnisend.push(["track", "$pageViewed"]); !function(){var e=document.createElement("script");e.type="text/javascript",e.async=!0,e.src="https://omnisnippet1.com/inshop/launcher-v2.js";var t=document.getElementsByTagName("script")[0];t.parentNode.insertBefore(e,t)}();</script>',
      },
    ],
    negative: [
      {
        html: '<a href="https://www.omnisend.com/blog/">Omnisend blog</a><script>var omni = "channel";</script>',
      },
    ],
  },
});
