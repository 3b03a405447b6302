import { defineSignature } from '../types';

/**
 * Didomi CMP: the loader from sdk.privacy-center.org/<apiKey>/loader.js, window.didomiConfig and
 * window.didomiOnReady; Didomi global; didomi_token cookie.
 */
export default defineSignature({
  id: 'didomi',
  name: 'Didomi',
  website: 'https://www.didomi.io',
  categories: ['consent'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['sdk\\.privacy-center\\.org/'],
    inline: [
      'sdk\\.privacy-center\\.org/',
      'window\\.didomiConfig\\s*=',
      'window\\.didomiOnReady\\s*=',
      'window\\.didomiEventListeners\\s*=',
    ],
    dom: ['#didomi-host'],
    cookies: ['didomi_token'],
    globals: ['Didomi', 'didomiOnReady'],
  },
  docs: 'https://developers.didomi.io/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript">window.gdprAppliesGlobally=true;(function(){function a(e){if(!window.frames[e]){if(document.body&&document.body.firstChild){var t=document.body;var n=document.createElement("iframe");n.style.display="none";n.name=e;t.insertBefore(n,t.firstChild)}}}a("__cmpLocator")})();(function(e,t){var n=document.createElement("script");n.id="spcloader";n.type="text/javascript";n.async=true;n.src="https://sdk.privacy-center.org/"+e+"/loader.js?target="+document.location.hostname;var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(n,r)})("abc-123-def","xyz");</script>',
      },
    ],
    negative: [{ html: '<p>Did o mi! Our <a href="/privacy">privacy centre</a>.</p>' }],
  },
});
