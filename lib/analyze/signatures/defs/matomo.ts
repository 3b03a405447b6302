import { defineSignature } from '../types';

export default defineSignature({
  id: 'matomo',
  name: 'Matomo',
  website: 'https://matomo.org/',
  categories: ['analytics'],
  channels: [],
  stage: 'plan',
  docs: 'https://developer.matomo.org/guides/tracking-javascript-guide',
  patterns: {
    scriptSrc: ['/(?:matomo|piwik)\\.js(?:$|\\?)', 'cdn\\.matomo\\.cloud/'],
    resources: ['/(?:matomo|piwik)\\.php\\?(?:[^#]*&)?idsite='],
    inline: ['_paq\\.push\\(\\s*\\[\\s*[\'"](?:trackPageView|setSiteId|setTrackerUrl)', '[\'"]matomo\\.(?:js|php)[\'"]', '[\'"]piwik\\.(?:js|php)[\'"]'],
    globals: ['Matomo', 'Piwik'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>var _paq = window._paq = window._paq || [];_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);
(function() {var u="//stats.example.org/";_paq.push(['setTrackerUrl', u+'matomo.php']);_paq.push(['setSiteId', '1']);
var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);})();</script>`,
      },
    ],
    negative: [
      { html: '<a href="https://matomo.org/">Matomo</a><script src="/wp-content/plugins/matomo-opt-out/opt-out-form.js"></script>' },
    ],
  },
});
