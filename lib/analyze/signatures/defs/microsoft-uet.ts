import { defineSignature } from '../types';

export default defineSignature({
  id: 'microsoft-uet',
  name: 'Microsoft Advertising UET',
  website: 'https://ads.microsoft.com/',
  categories: ['advertising'],
  channels: ['paid-search'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['bat\\.bing\\.com/bat\\.js'],
    resources: ['bat\\.bing\\.com/action/'],
    inline: ['bat\\.bing\\.com/bat\\.js', 'new UET\\('],
    cookies: ['_uetsid', '_uetvid'],
    globals: ['uetq', 'UET'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>(function(w,d,t,r,u){var f,n,i;w[u]=w[u]||[],f=function(){var o={ti:"12345678", enableAutoSpaTracking: true};o.q=w[u],w[u]=new UET(o),w[u].push("pageLoad")},
n=d.createElement(t),n.src=r,n.async=1,n.onload=n.onreadystatechange=function(){var s=this.readyState;s&&s!=="loaded"&&s!=="complete"||(f(),n.onload=n.onreadystatechange=null)},
i=d.getElementsByTagName(t)[0],i.parentNode.insertBefore(n,i)})(window,document,"script","//bat.bing.com/bat.js","uetq");</script>`,
      },
      { html: '<p>late</p>', resources: ['https://bat.bing.com/action/0?ti=12345678&evt=pageLoad'] },
    ],
    negative: [
      { html: '<script src="https://www.bing.com/api/maps/mapcontrol?key=x"></script><a href="https://ads.microsoft.com/">Microsoft Advertising</a>' },
    ],
  },
});
