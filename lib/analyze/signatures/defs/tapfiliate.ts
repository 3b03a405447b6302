import { defineSignature } from '../types';

/**
 * Tapfiliate snippet: script.tapfiliate.com/tapfiliate.js and the tap("create", account) queue
 * (TapfiliateObject).
 */
export default defineSignature({
  id: 'tapfiliate',
  name: 'Tapfiliate',
  website: 'https://tapfiliate.com',
  categories: ['affiliate', 'referral'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['script\\.tapfiliate\\.com/', 'static\\.tapfiliate\\.com/'],
    inline: ['\\bTapfiliateObject\\b', '\\btap\\(\\s*[\'"]create[\'"]'],
    globals: ['TapfiliateObject'],
  },
  docs: 'https://tapfiliate.com/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://script.tapfiliate.com/tapfiliate.js" type="text/javascript" async></script><script type="text/javascript">(function(t,a,p){t.TapfiliateObject=a;t[a]=t[a]||function(){(t[a].q=t[a].q||[]).push(arguments)}})(window,\'tap\');tap(\'create\', \'1234-abcd\', { integration: \'javascript\' });tap(\'detect\');</script>',
      },
    ],
    negative: [{ html: '<p>Tap water or filtered? <a href="/tap">tap</a></p>' }],
  },
});
