import { defineSignature } from '../types';

/** A link to the shop's Rakuten Ichiba store (Japan): www.rakuten.co.jp/<shop>/ or item.rakuten.co.jp/<shop>/. */
export default defineSignature({
  id: 'rakuten-ichiba-store',
  name: 'Rakuten Ichiba store',
  website: 'https://www.rakuten.co.jp/',
  categories: ['marketplace'],
  channels: ['shopping-marketplaces'],
  stage: 'convert',
  patterns: {
    links: ['(?:www|item)\\.rakuten\\.co\\.jp/(?!(?:event|category|search|gold|sitemap|ec)(?:[/?#]|$))[\\w-]{3,}/'],
  },
  fixtures: {
    positive: [
      { html: '<a href="https://www.rakuten.co.jp/myshop/">楽天市場店</a>' },
    ],
    negative: [
      { html: '<a href="https://www.rakuten.co.jp/">楽天市場</a><a href="https://www.rakuten.co.jp/event/sale/">セール</a><a href="https://search.rakuten.co.jp/search/mall/mug/">検索</a>' },
    ],
  },
});
