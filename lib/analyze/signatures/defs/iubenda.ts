import { defineSignature } from '../types';

/**
 * iubenda Cookie Solution: var _iub = _iub || []; _iub.csConfiguration = {…} with
 * cdn.iubenda.com/cs/iubenda_cs.js (or cs.iubenda.com autoblocking), and the policy embed
 * (a.iubenda-embed with cdn.iubenda.com/iubenda.js).
 */
export default defineSignature({
  id: 'iubenda',
  name: 'iubenda',
  website: 'https://www.iubenda.com',
  categories: ['consent'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['cdn\\.iubenda\\.com/', 'cs\\.iubenda\\.com/', 'embeds\\.iubenda\\.com/'],
    inline: ['_iub\\.csConfiguration\\s*=', 'cdn\\.iubenda\\.com/'],
    dom: ['.iubenda-embed', '.iubenda-cs-preferences-link'],
    globals: ['_iub'],
  },
  docs: 'https://www.iubenda.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript">var _iub = _iub || []; _iub.csConfiguration = {"siteId":123,"cookiePolicyId":456,"lang":"it"};</script><script type="text/javascript" src="https://cdn.iubenda.com/cs/iubenda_cs.js" charset="UTF-8" async></script>',
      },
    ],
    negative: [
      {
        html: '<p>Privacy generated with help from <a href="https://www.iubenda.com/it/">iubenda.com</a> guides.</p>',
      },
    ],
  },
});
