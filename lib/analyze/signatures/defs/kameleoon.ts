import { defineSignature } from '../types';

/**
 * Kameleoon: <siteCode>.kameleoon.eu/kameleoon.js (also kameleoon.io), the kameleoonQueue command
 * queue and Kameleoon.API.
 */
export default defineSignature({
  id: 'kameleoon',
  name: 'Kameleoon',
  website: 'https://www.kameleoon.com',
  categories: ['ab-testing', 'personalisation', 'cro'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['\\.kameleoon\\.(?:eu|io|com)/kameleoon\\.js', '\\.kameleoon\\.(?:eu|io)/'],
    inline: ['\\bkameleoonQueue\\b', '\\bKameleoon\\.API\\.', '\\.kameleoon\\.(?:eu|io)/kameleoon\\.js'],
    globals: ['Kameleoon', 'kameleoonQueue'],
  },
  docs: 'https://developers.kameleoon.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript">window.kameleoonQueue = window.kameleoonQueue || [];</script><script src="//abc123.kameleoon.eu/kameleoon.js" async="true"></script>',
      },
    ],
    negative: [
      {
        html: '<p>The chameleon (kameleon) changes colour. <a href="https://example.com/kameleon">kameleon</a></p>',
      },
    ],
  },
});
