import { defineSignature } from '../types';

/** A link to the shop's Tokopedia (Indonesia) storefront: tokopedia.com/<shop>. */
export default defineSignature({
  id: 'tokopedia-store',
  name: 'Tokopedia store',
  website: 'https://www.tokopedia.com/',
  categories: ['marketplace'],
  channels: ['shopping-marketplaces'],
  stage: 'convert',
  patterns: {
    links: [
      'tokopedia\\.com/(?!(?:search|discovery|promo|blog|help|about|careers|p|find|hot|top-up|login|register|cart|mitra|seller|edu|events?|kategori)(?:[/?#]|$))[\\w-]{3,}/?(?:$|[?#])',
      'tokopedia\\.link/[\\w]+',
    ],
  },
  fixtures: {
    positive: [
      { html: '<a href="https://www.tokopedia.com/myshop-official">Beli di Tokopedia</a>' },
    ],
    negative: [
      { html: '<a href="https://www.tokopedia.com/">Tokopedia</a><a href="https://www.tokopedia.com/search?q=mug">search</a><a href="https://www.tokopedia.com/blog/resep-nasi-goreng/">blog</a>' },
    ],
  },
});
