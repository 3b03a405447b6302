import { defineSignature } from '../types';

/**
 * Awin MasterTag (www.dwin1.com/<advertiserId>.js), the AWIN.Tracking conversion object, and Awin
 * publisher links (www.awin1.com/cread.php, awclick.php).
 */
export default defineSignature({
  id: 'awin',
  name: 'Awin',
  website: 'https://www.awin.com',
  categories: ['affiliate'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['dwin1\\.com/\\d+\\.js'],
    resources: ['awin1\\.com/sread\\.'],
    inline: ['\\bAWIN\\.Tracking\\b', 'dwin1\\.com/\\d+\\.js'],
    links: ['awin1\\.com/(?:cread|awclick)\\.php'],
    globals: ['AWIN'],
  },
  docs: 'https://help.awin.com/developers/docs/advertiser-mastertag',
  fixtures: {
    positive: [
      { html: '<script defer src="https://www.dwin1.com/12345.js" type="text/javascript"></script>' },
      {
        html: '<a href="https://www.awin1.com/cread.php?awinmid=2961&amp;awinaffid=123&amp;ued=https%3A%2F%2Fshop.example">Buy</a>',
      },
    ],
    negative: [{ html: '<p>An awning (<a href="https://example.com/awin">awin</a>) keeps the sun off.</p>' }],
  },
});
