import { defineSignature } from '../types';

/** Sapo (Vietnam, formerly Bizweb): shop assets are served from bizweb.dktcdn.net. */
export default defineSignature({
  id: 'sapo',
  name: 'Sapo',
  website: 'https://www.sapo.vn/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['bizweb\\.dktcdn\\.net/', 'sapo\\.dktcdn\\.net/'],
    resources: ['bizweb\\.dktcdn\\.net/', 'sapo\\.dktcdn\\.net/'],
    inline: ['\\bBizweb\\.(?:id|store|template)\\b', '\\bSapo\\.(?:id|store|template)\\b'],
    globals: ['Bizweb'],
  },
  fixtures: {
    positive: [
      { html: '<link href="//bizweb.dktcdn.net/100/123/456/themes/789/assets/main.scss.css?1700000000" rel="stylesheet"><script>var Bizweb = Bizweb || {};Bizweb.store = "myshop.mysapo.net";</script>' },
    ],
    negative: [
      { html: '<a href="https://www.sapo.vn/">Sapo</a><p>Phần mềm quản lý bán hàng</p>' },
    ],
  },
});
