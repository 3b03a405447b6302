import { defineSignature } from '../types';

export default defineSignature({
  id: 'adobe-analytics',
  name: 'Adobe Analytics',
  website: 'https://business.adobe.com/products/analytics/adobe-analytics.html',
  categories: ['analytics'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['/AppMeasurement(?:\\.min)?\\.js', '/s_code\\.js'],
    resources: ['\\.(?:omtrdc|2o7)\\.net/b/ss/', '/b/ss/[\\w,-]+/\\d+/'],
    inline: ['s_gi\\(\\s*[\'"\\w]', 's_account\\s*=\\s*[\'"]'],
    globals: ['s_account', 'AppMeasurement', 's_gi'],
  },
  fixtures: {
    positive: [
      { html: `<script src="/js/AppMeasurement.js"></script><script>var s_account="myshopprod";var s=s_gi(s_account);s.pageName="home";s.t();</script>` },
      { html: '<p>fired by Launch</p>', resources: ['https://myshop.sc.omtrdc.net/b/ss/myshopprod/1/JS-2.22.0/s12345'] },
    ],
    negative: [
      { html: '<link rel="stylesheet" href="https://use.typekit.net/abc.css"><a href="https://business.adobe.com/products/analytics/adobe-analytics.html">Adobe Analytics</a>' },
    ],
  },
});
