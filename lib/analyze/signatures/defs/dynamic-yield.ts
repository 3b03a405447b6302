import { defineSignature } from '../types';

/**
 * Dynamic Yield scripts: cdn.dynamicyield.com/api/<siteId>/api_dynamic.js and api_static.js (EU:
 * cdn-eu.dynamicyield.com), with window.DY.recommendationContext.
 */
export default defineSignature({
  id: 'dynamic-yield',
  name: 'Dynamic Yield',
  website: 'https://www.dynamicyield.com',
  categories: ['personalisation', 'ab-testing', 'cro'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn(?:-eu)?\\.dynamicyield\\.com/api/'],
    resources: ['\\.dynamicyield\\.com/'],
    inline: ['\\bDY\\.recommendationContext\\s*=', 'cdn(?:-eu)?\\.dynamicyield\\.com/api/'],
    globals: ['DYO'],
  },
  docs: 'https://dy.dev/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript">window.DY = window.DY || {}; DY.recommendationContext = { type: "HOMEPAGE" };</script><script type="text/javascript" src="//cdn.dynamicyield.com/api/8765432/api_dynamic.js"></script><script type="text/javascript" src="//cdn.dynamicyield.com/api/8765432/api_static.js"></script>',
      },
    ],
    negative: [{ html: '<p>Dynamic yield curves: <a href="https://example.com/yield">yield</a></p>' }],
  },
});
