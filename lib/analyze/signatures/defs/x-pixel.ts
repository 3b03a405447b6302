import { defineSignature } from '../types';

/** X (Twitter) website tag (uwt.js) and the older single-event tag (oct.js). */
export default defineSignature({
  id: 'x-pixel',
  name: 'X (Twitter) Pixel',
  website: 'https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites',
  categories: ['advertising'],
  channels: ['paid-social'],
  stage: 'reach',
  docs: 'https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites',
  patterns: {
    scriptSrc: ['static\\.ads-twitter\\.com/(?:uwt|oct)\\.js'],
    resources: ['analytics\\.twitter\\.com/i/adsct', '(?:^|//)t\\.co/i/adsct'],
    inline: ['static\\.ads-twitter\\.com/uwt\\.js', 'twq\\(\\s*[\'"](?:init|config)[\'"]', 'twttr\\.conversion\\.trackPid\\('],
    globals: ['twq'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>!function(e,t,n,s,u,a){e.twq||(s=e.twq=function(){s.exe?s.exe.apply(s,arguments):s.queue.push(arguments);
},s.version='1.1',s.queue=[],u=t.createElement(n),u.async=!0,u.src='https://static.ads-twitter.com/uwt.js',
a=t.getElementsByTagName(n)[0],a.parentNode.insertBefore(u,a))}(window,document,'script');twq('config','o1abc');</script>`,
      },
      { html: '<p>late</p>', resources: ['https://t.co/i/adsct?bci=3&eci=2&event_id=x&p_id=Twitter&txn_id=o1abc'] },
    ],
    negative: [
      { html: '<a href="https://twitter.com/share" class="twitter-share-button">Tweet</a><script async src="https://platform.twitter.com/widgets.js"></script>' },
    ],
  },
});
