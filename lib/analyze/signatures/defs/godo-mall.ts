import { defineSignature } from '../types';

/** Godo Mall (고도몰, NHN Commerce, Korea). */
export default defineSignature({
  id: 'godo-mall',
  name: 'Godo Mall',
  website: 'https://www.godo.co.kr/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['(?:^|//)[\\w.-]*\\.godo\\.co\\.kr/', '(?:^|//)[\\w.-]*godomall\\.com/'],
    resources: ['(?:^|//)[\\w.-]*\\.godo\\.co\\.kr/', '(?:^|//)[\\w.-]*godomall\\.com/', '/data/skin/front/[\\w-]+/'],
    inline: ['\\bgd_(?:is_mobile|mall_id)\\b'],
  },
  fixtures: {
    positive: [
      { html: '<link type="text/css" rel="stylesheet" href="/data/skin/front/moment/css/reset.css?ts=1700000000"><script src="https://godomall.speedycdn.net/abc/js/gd_ui.js"></script>' },
    ],
    negative: [
      { html: '<a href="https://www.nhn-commerce.com/">NHN커머스</a><link rel="stylesheet" href="/data/skin/theme.css">' },
    ],
  },
});
