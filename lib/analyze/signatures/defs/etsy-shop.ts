import { defineSignature } from '../types';

/** A link to the brand's own Etsy shop: etsy.com/shop/<name>. */
export default defineSignature({
  id: 'etsy-shop',
  name: 'Etsy shop',
  website: 'https://www.etsy.com/sell',
  categories: ['marketplace'],
  channels: ['shopping-marketplaces'],
  stage: 'convert',
  patterns: {
    links: ['etsy\\.com/(?:[a-z]{2}(?:-[a-z]{2})?/)?shop/[\\w-]+', '//(?!(?:www|help|community)\\.)[\\w-]+\\.etsy\\.com/?(?:$|[?#])'],
  },
  fixtures: {
    positive: [
      { html: '<a href="https://www.etsy.com/shop/MyCeramicsStudio">Shop on Etsy</a>' },
    ],
    negative: [
      { html: '<a href="https://www.etsy.com/listing/123456789/handmade-mug">A mug I love</a><a href="https://www.etsy.com/">Etsy</a>' },
    ],
  },
});
