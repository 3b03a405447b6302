import { defineSignature } from '../types';

export default defineSignature({
  id: 'segment',
  name: 'Segment',
  website: 'https://segment.com/',
  categories: ['analytics', 'tag-manager'],
  channels: [],
  stage: 'plan',
  docs: 'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/quickstart/',
  patterns: {
    scriptSrc: ['cdn\\.segment\\.(?:com|io)/analytics\\.js/v1/'],
    resources: ['api\\.segment\\.io/v1/[ptig]'],
    inline: ['analytics\\.SNIPPET_VERSION\\s*=', 'cdn\\.segment\\.(?:com|io)/analytics\\.js/v1/', 'analytics\\.load\\(\\s*[\'"][A-Za-z0-9]{20,}[\'"]'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>!function(){var analytics=window.analytics=window.analytics||[];analytics.load=function(key,e){var t=document.createElement("script");
t.type="text/javascript";t.async=!0;t.src="https://cdn.segment.com/analytics.js/v1/" + key + "/analytics.min.js";
var n=document.getElementsByTagName("script")[0];n.parentNode.insertBefore(t,n)};analytics.SNIPPET_VERSION="4.15.3";
analytics.load("AbCdEfGhIjKlMnOpQrStUvWxYz012345");analytics.page();}();</script>`,
      },
      { html: '<script>window.analytics=window.analytics||[];analytics.load=function(t){var e=document.createElement("script");e.src="https://d1abcdefgh.cloudfront.net/analytics.js/v1/"+t+"/analytics.min.js"};analytics.SNIPPET_VERSION="3.1.0";analytics.load("abc1234");</script>' },
    ],
    negative: [
      { html: '<p>Every market segment wants free shipping.</p><script src="/js/analytics.js"></script>' },
    ],
  },
});
