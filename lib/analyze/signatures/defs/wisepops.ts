import { defineSignature } from '../types';

/**
 * Wisepops snippet sets WisePopsObject and loads loader.wisepops.com/get-loader.js?v=1&site=<id>;
 * the Shopify app loads wisepops.net/loader.js?v=2&h=<id>.
 */
export default defineSignature({
  id: 'wisepops',
  name: 'Wisepops',
  website: 'https://wisepops.com',
  categories: ['popup', 'email', 'cro'],
  channels: ['email-sms'],
  stage: 'act',
  patterns: {
    scriptSrc: ['loader\\.wisepops\\.com/', 'wisepops\\.net/loader\\.js'],
    inline: ['\\bWisePopsObject\\b', 'loader\\.wisepops\\.com/', 'wisepops\\.net/loader\\.js'],
    globals: ['wisepops', 'WisePopsObject'],
  },
  docs: 'https://support.wisepops.com/',
  fixtures: {
    positive: [
      {
        html: '<script data-cfasync="false">(function(W,i,s,e,P,o,p){W[\'WisePopsObject\']=P;W[P]=W[P]||function(){(W[P].q=W[P].q||[]).push(arguments)},W[P].l=1*new Date();o=i.createElement(s),p=i.getElementsByTagName(s)[0];o.defer=1;o.src=e;p.parentNode.insertBefore(o,p)})(window,document,\'script\',\'//loader.wisepops.com/get-loader.js?v=1&site=AbCdEf\',\'wisepops\');</script>',
      },
    ],
    negative: [{ html: '<p>Wise pops of colour: <a href="/colour/wise">our wise palette</a>.</p>' }],
  },
});
