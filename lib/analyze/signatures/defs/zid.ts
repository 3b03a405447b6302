import { defineSignature } from '../types';

/** Zid (Saudi Arabia) hosted stores. */
export default defineSignature({
  id: 'zid',
  name: 'Zid',
  website: 'https://zid.sa/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['(?:^|//)[\\w.-]*\\.zid\\.store/', 'cdn\\.zid\\.sa/'],
    resources: ['media\\.zid\\.store/', 'cdn\\.zid\\.sa/', '(?:^|//)[\\w.-]*\\.zid\\.store/'],
    inline: ['\\bwindow\\.zid\\s*=', '\\bzid\\.store\\.(?:cart|customer)\\b'],
  },
  fixtures: {
    positive: [
      { html: '<img src="https://media.zid.store/abc-123/thumbs/product.jpg"><script>window.zid = window.zid || {};</script>' },
    ],
    negative: [
      { html: '<a href="https://zid.sa/">زد</a><p>Zidane scored.</p>' },
    ],
  },
});
