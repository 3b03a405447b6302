import { defineSignature } from '../types';

/**
 * Google Optimize (sunset 2023, still in old pages): www.googleoptimize.com/optimize.js?id=OPT-…
 * and the anti-flicker snippet (async-hide class with dataLayer), or an optimize_id in the
 * gtag/analytics config.
 */
export default defineSignature({
  id: 'google-optimize',
  name: 'Google Optimize (retired)',
  website: 'https://marketingplatform.google.com/about/optimize/',
  categories: ['ab-testing', 'cro'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['googleoptimize\\.com/optimize\\.js'],
    inline: [
      'googleoptimize\\.com/optimize\\.js',
      '[\'"]async-hide[\'"]\\s*,\\s*[\'"]dataLayer[\'"]',
      '[\'"]optimize_id[\'"]\\s*[:,]\\s*[\'"](?:OPT|GTM)-',
    ],
    globals: ['google_optimize'],
  },
  docs: 'https://support.google.com/',
  fixtures: {
    positive: [
      { html: '<script src="https://www.googleoptimize.com/optimize.js?id=OPT-ABC1234"></script>' },
      {
        html: '<script>(function(a,s,y,n,c,h,i,d,e){s.className+=\' \'+y;h.start=1*new Date;h.end=i=function(){s.className=s.className.replace(RegExp(\' ?\'+y),\'\')};(a[n]=a[n]||[]).hide=h;setTimeout(function(){i();h.end=null},c);h.timeout=c;})(window,document.documentElement,\'async-hide\',\'dataLayer\',4000,{\'GTM-ABC123\':true});</script>',
      },
    ],
    negative: [
      {
        html: '<p>Optimize your baking with <a href="https://www.google.com/search?q=optimize">Google</a>.</p><script>gtag("config", "G-ABC123");</script>',
      },
    ],
  },
});
