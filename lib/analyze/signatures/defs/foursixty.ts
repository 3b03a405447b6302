import { defineSignature } from '../types';

/**
 * Foursixty shoppable Instagram / UGC galleries (now Later):
 * foursixty.com/media/scripts/fs.embed.v2.5.js (or fs.slider) with data-feed-id on the script.
 */
export default defineSignature({
  id: 'foursixty',
  name: 'Foursixty (Later)',
  website: 'https://later.com/foursixty/',
  categories: ['ugc', 'social', 'influencer'],
  channels: ['influencer'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['foursixty\\.com/media/scripts/'],
    inline: ['foursixty\\.com/media/scripts/'],
    dom: ['.fs-timeline', '.fs-slider-container'],
  },
  docs: 'https://help.later.com/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://foursixty.com/media/scripts/fs.embed.v2.5.js" data-feed-id="acme" data-theme="showcase_v2_5" data-cell-size="20%"></script>',
      },
    ],
    negative: [{ html: '<p>Four sixty degrees? <a href="https://later.com/">Later</a></p>' }],
  },
});
