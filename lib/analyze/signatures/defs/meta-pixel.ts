import { defineSignature } from '../types';

export default defineSignature({
  id: 'meta-pixel',
  name: 'Meta Pixel',
  website: 'https://www.facebook.com/business/tools/meta-pixel',
  categories: ['advertising'],
  channels: ['paid-social'],
  stage: 'reach',
  docs: 'https://developers.facebook.com/docs/meta-pixel/get-started',
  patterns: {
    scriptSrc: ['connect\\.facebook\\.net/[\\w-]+/fbevents\\.js'],
    resources: ['facebook\\.com/tr/?\\?(?:[^#]*&)?id=\\d+'],
    inline: [
      'fbq\\(\\s*[\'"]init[\'"]',
      'connect\\.facebook\\.net/[\\w-]+/fbevents\\.js',
      // PixelYourSite (WordPress) keeps the pixel id in its settings and loads fbevents.js itself.
      '"facebook"\\s*:\\s*\\{\\s*"pixelIds"\\s*:\\s*\\[\\s*"\\d+',
    ],
    cookies: ['_fbp'],
    globals: ['fbq', '_fbq'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '123456789012345');fbq('track', 'PageView');</script>
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=123456789012345&ev=PageView&noscript=1"/></noscript>`,
      },
      { html: '<p>Tag fired by a tag manager after load.</p>', resources: ['https://connect.facebook.net/en_US/fbevents.js'] },
      { html: '<script id="pys-js-extra">var pysOptions = {"facebook":{"pixelIds":["123456789012345"],"advancedMatching":[]}};</script>' },
    ],
    negative: [
      { html: '<div id="fb-root"></div><script async src="https://connect.facebook.net/en_US/sdk.js#xfbml=1"></script><a href="https://www.facebook.com/business/tools/meta-pixel">What is the Meta Pixel?</a>' },
    ],
  },
});
