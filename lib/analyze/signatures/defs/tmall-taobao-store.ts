import { defineSignature } from '../types';

/** A link to the brand's Tmall or Taobao shop (<shop>.tmall.com, shop<id>.taobao.com). */
export default defineSignature({
  id: 'tmall-taobao-store',
  name: 'Tmall / Taobao store',
  website: 'https://www.tmall.com/',
  categories: ['marketplace'],
  channels: ['shopping-marketplaces'],
  stage: 'convert',
  patterns: {
    links: [
      '//(?!(?:www|detail|list|login|pages|s|search|chaoshi|help|err|m|market|pages-fast|ald|tmall)\\.)[\\w-]+\\.tmall\\.(?:com|hk)(?:[/?#]|$)',
      '//shop\\d+\\.taobao\\.com',
    ],
  },
  fixtures: {
    positive: [
      { html: '<a href="https://mybrand.tmall.com/">天猫旗舰店</a>' },
      { html: '<a href="https://shop123456789.taobao.com/">淘宝店</a>' },
    ],
    negative: [
      { html: '<a href="https://www.tmall.com/">天猫</a><a href="https://detail.tmall.com/item.htm?id=1">商品</a><a href="https://world.taobao.com/">淘宝</a>' },
    ],
  },
});
