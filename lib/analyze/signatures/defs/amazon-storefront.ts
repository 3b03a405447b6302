import { defineSignature } from '../types';

/**
 * A link to the brand's own Amazon storefront or seller page. Plain product links (often
 * affiliate links on blogs) are not storefronts and do not count.
 */
export default defineSignature({
  id: 'amazon-storefront',
  name: 'Amazon storefront',
  website: 'https://sell.amazon.com/',
  categories: ['marketplace'],
  channels: ['shopping-marketplaces'],
  stage: 'convert',
  patterns: {
    links: [
      'amazon\\.(?:com|co\\.uk|de|fr|it|es|ca|co\\.jp|com\\.au|in|com\\.mx|com\\.br|nl|se|pl|sg|ae|sa|com\\.tr|eg)/stores/(?:[^/?#]+/)?page/',
      'amazon\\.(?:com|co\\.uk|de|fr|it|es|ca|co\\.jp|com\\.au|in|com\\.mx|com\\.br|nl|se|pl|sg|ae|sa|com\\.tr|eg)/(?:s\\?(?:[^#]*&)?me=|sp\\?(?:[^#]*&)?seller=)[A-Z0-9]{10,}',
    ],
  },
  fixtures: {
    positive: [
      { html: '<a href="https://www.amazon.com/stores/MyBrand/page/1A2B3C4D-0000-1111-2222-333344445555">Shop our Amazon store</a>' },
      { html: '<a href="https://www.amazon.co.jp/s?me=A1B2C3D4E5F6G7&marketplaceID=A1VC38T7YXB528">Amazon店</a>' },
    ],
    negative: [
      { html: '<a href="https://www.amazon.com/dp/B000123456?tag=myblog-20">This whisk on Amazon</a><a href="https://www.amazon.com/shop/influencer-name">My picks</a>' },
    ],
  },
});
