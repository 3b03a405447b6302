import { defineSignature } from '../types';

/**
 * MoEngage web SDK: cdn.moengage.com/webpush/moe_webSdk.min.latest.js, initialised as Moengage =
 * moe({app_id}).
 */
export default defineSignature({
  id: 'moengage',
  name: 'MoEngage',
  website: 'https://www.moengage.com',
  categories: ['marketing-automation', 'push', 'email'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['cdn\\.moengage\\.com/'],
    inline: ['\\bMoengage\\s*=\\s*moe\\(', 'cdn\\.moengage\\.com/', 'moe_webSdk'],
    globals: ['Moengage'],
  },
  docs: 'https://developers.moengage.com/',
  fixtures: {
    positive: [
      {
        html: '<script>(function(i,s,o,g,r,a,m,n){i.moengage_object=r;t={};q=function(f){return function(){(i.moengage_q=i.moengage_q||[]).push({f:f,a:arguments})}};a=s.createElement(o);m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,"script","https://cdn.moengage.com/webpush/moe_webSdk.min.latest.js","Moengage");Moengage = moe({app_id:"ABC123", debug_logs: 0});</script>',
      },
    ],
    negative: [{ html: '<p>Mo engagement, mo problems. <a href="/engage">Engage</a></p>' }],
  },
});
