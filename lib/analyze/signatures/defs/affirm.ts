import { defineSignature } from '../types';

/**
 * Affirm.js: _affirm_config = {public_api_key, script: "https://cdn1.affirm.com/js/v2/affirm.js"}
 * and .affirm-as-low-as promotional messaging.
 */
export default defineSignature({
  id: 'affirm',
  name: 'Affirm',
  website: 'https://www.affirm.com',
  categories: ['bnpl', 'payments'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn1(?:-sandbox)?\\.affirm\\.com/js/'],
    inline: ['\\b_affirm_config\\s*=', 'cdn1\\.affirm\\.com/js/'],
    dom: ['.affirm-as-low-as', '.affirm-site-modal'],
    globals: ['affirm', '_affirm_config'],
  },
  docs: 'https://docs.affirm.com/',
  fixtures: {
    positive: [
      {
        html: '<script>_affirm_config = { public_api_key: "ABC123", script: "https://cdn1.affirm.com/js/v2/affirm.js" }; (function(m,g,n,d,a,e,h,c){var b=m[n]||{},k=document.createElement(e),p=document.getElementsByTagName(e)[0];k.async=!0;k.src=g[a];p.parentNode.insertBefore(k,p);})(window,_affirm_config,"affirm","checkout","script","script","ready","jsReady");</script><p class="affirm-as-low-as" data-page-type="product" data-amount="12900"></p>',
      },
    ],
    negative: [{ html: '<p>We affirm our love of butter. <a href="https://www.affirm.com/">affirm.com</a></p>' }],
  },
});
