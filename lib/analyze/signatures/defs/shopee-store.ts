import { defineSignature } from '../types';

/** A link to the shop's own Shopee storefront (a shop page, not Shopee's home or a search). */
export default defineSignature({
  id: 'shopee-store',
  name: 'Shopee store',
  website: 'https://shopee.com/',
  categories: ['marketplace'],
  channels: ['shopping-marketplaces'],
  stage: 'convert',
  patterns: {
    links: [
      'shopee\\.(?:co\\.th|vn|co\\.id|com\\.my|ph|sg|tw|com\\.br|com\\.mx|com\\.co|cl)/(?:shop/\\d+|(?!(?:search|mall|m|daily_discover|buyer|user|cart|flash_sale|seller|product|universal-link|blog|docs|events3)(?:[/?#]|$))(?![\\w.-]*-i\\.\\d+\\.\\d+)[\\w.-]{3,}/?(?:$|[?#]))',
      'shp\\.ee/[\\w]+',
    ],
  },
  fixtures: {
    positive: [
      { html: '<footer><a href="https://shopee.co.th/myshop.official">ซื้อที่ Shopee</a></footer>' },
      { html: '<a href="https://shopee.vn/shop/123456789">Shopee</a>' },
    ],
    negative: [
      { html: '<a href="https://shopee.co.th/">Shopee</a><a href="https://shopee.co.th/search?keyword=mug">search</a><a href="https://shopee.co.th/m/9-9">9.9 sale</a>' },
    ],
  },
});
