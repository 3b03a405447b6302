import { defineSignature } from '../types';

/** A link to the shop's own Lazada storefront (lazada.<tld>/shop/<name>). */
export default defineSignature({
  id: 'lazada-store',
  name: 'Lazada store',
  website: 'https://www.lazada.com/',
  categories: ['marketplace'],
  channels: ['shopping-marketplaces'],
  stage: 'convert',
  patterns: {
    links: ['lazada\\.(?:co\\.th|vn|co\\.id|com\\.my|com\\.ph|sg)/shop/[\\w.-]+', 's\\.lazada\\.(?:co\\.th|vn|co\\.id|com\\.my|com\\.ph|sg)/s\\.\\w+'],
  },
  fixtures: {
    positive: [
      { html: '<a href="https://www.lazada.co.th/shop/myshop-official/">Lazada</a>' },
    ],
    negative: [
      { html: '<a href="https://www.lazada.co.th/">Lazada</a><a href="https://www.lazada.co.th/catalog/?q=mug">mugs</a>' },
    ],
  },
});
