import { defineSignature } from '../types';

/** LINE Tag (LINE Ads, formerly LINE Ads Platform, LAP): base code, conversion and custom events. */
export default defineSignature({
  id: 'line-tag',
  name: 'LINE Tag',
  website: 'https://www.lycbiz.com/jp/service/line-ads/',
  categories: ['advertising'],
  channels: ['paid-social'],
  stage: 'reach',
  docs: 'https://help2.line.me/official_account_id/android/categoryId/20008707/pc?lang=id',
  patterns: {
    scriptSrc: ['d\\.line-scdn\\.net/n/line_tag/'],
    resources: ['tr\\.line\\.me/tag\\.gif'],
    inline: ['_lt\\(\\s*[\'"]init[\'"]', 'd\\.line-scdn\\.net/n/line_tag/'],
    globals: ['_lt'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>(function(g,d,o){g._ltq=g._ltq||[];g._lt=g._lt||function(){g._ltq.push(arguments)};var h=location.protocol==='https:'?'https://d.line-scdn.net':'http://d.line-cdn.net';
var s=d.createElement('script');s.async=1;s.src=o||h+'/n/line_tag/public/release/v1/lt.js';var t=d.getElementsByTagName('script')[0];t.parentNode.insertBefore(s,t);
})(window, document);_lt('init', {customerType: 'lap', tagId: 'a1b2c3d4-0000-1111-2222-333344445555'});_lt('send', 'pv', ['a1b2c3d4-0000-1111-2222-333344445555']);</script>
<noscript><img height="1" width="1" style="display:none" src="https://tr.line.me/tag.gif?c_t=lap&t_id=a1b2c3d4-0000-1111-2222-333344445555&e=pv&noscript=1" /></noscript>`,
      },
    ],
    negative: [
      { html: '<a href="https://line.me/R/ti/p/@myshop">Add us on LINE</a><img src="https://scdn.line-apps.com/n/line_add_friends/btn/en.png">' },
    ],
  },
});
