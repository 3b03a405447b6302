import { defineSignature } from '../types';

/**
 * Involve Asia publisher deep links are issued on invol.co short links (and the invl.io / invl.me
 * variants).
 */
export default defineSignature({
  id: 'involve-asia',
  name: 'Involve Asia',
  website: 'https://involve.asia',
  categories: ['affiliate'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: { links: ['//invol\\.co/[A-Za-z0-9]+', '//invl\\.(?:io|me)/[A-Za-z0-9]+', '//api\\.involve\\.asia/'] },
  docs: 'https://involve.asia',
  fixtures: {
    positive: [{ html: '<a href="https://invol.co/cl8abc1" target="_blank" rel="nofollow">Mua ngay trên Shopee</a>' }],
    negative: [
      {
        html: '<a href="https://involve.asia/">Involve Asia</a><a href="https://example.co/involved">Get involved</a>',
      },
    ],
  },
});
