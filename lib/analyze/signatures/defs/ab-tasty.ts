import { defineSignature } from '../types';

/**
 * AB Tasty tag: try.abtasty.com/<identifier>.js; ABTasty global.
 */
export default defineSignature({
  id: 'ab-tasty',
  name: 'AB Tasty',
  website: 'https://www.abtasty.com',
  categories: ['ab-testing', 'cro', 'personalisation'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['try\\.abtasty\\.com/'],
    inline: ['try\\.abtasty\\.com/'],
    globals: ['ABTasty', 'ABTastyClickTracking'],
  },
  docs: 'https://docs.abtasty.com/',
  fixtures: {
    positive: [{ html: '<script type="text/javascript" src="https://try.abtasty.com/0123456789abcdef.js"></script>' }],
    negative: [
      {
        html: '<p>A tasty AB test: <a href="https://www.abtasty.com/">abtasty.com</a> vs our tasty cakes.</p>',
      },
    ],
  },
});
