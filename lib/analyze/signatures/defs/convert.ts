import { defineSignature } from '../types';

/**
 * Convert Experiences tracking code: cdn-<n>.convertexperiments.com/js/<account>-<project>.js
 * (newer v1/js/…); _conv_q queue.
 */
export default defineSignature({
  id: 'convert',
  name: 'Convert Experiences',
  website: 'https://www.convert.com',
  categories: ['ab-testing', 'cro'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['\\.convertexperiments\\.com/'],
    inline: ['\\.convertexperiments\\.com/', '\\b_conv_q\\s*=\\s*_conv_q\\b'],
    globals: ['_conv_q'],
  },
  docs: 'https://support.convert.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript" src="//cdn-4.convertexperiments.com/js/10012345-10023456.js"></script>',
      },
    ],
    negative: [
      {
        html: '<p>Convert cups to grams: <a href="/convert">converter</a>. <a href="https://www.convert.com/">convert.com</a></p>',
      },
    ],
  },
});
