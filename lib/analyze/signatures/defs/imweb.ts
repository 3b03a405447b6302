import { defineSignature } from '../types';

/** imweb (아임웹, Korea) site and shop builder. */
export default defineSignature({
  id: 'imweb',
  name: 'imweb',
  website: 'https://imweb.me/',
  categories: ['ecommerce-platform', 'cms'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['(?:vendor-)?cdn\\.imweb\\.me/', 'static\\.imweb\\.me/'],
    resources: ['(?:vendor-)?cdn\\.imweb\\.me/', 'static\\.imweb\\.me/', 'cdn-optimized\\.imweb\\.me/'],
  },
  fixtures: {
    positive: [
      { html: '<script src="https://vendor-cdn.imweb.me/js/jquery.js?1627517460"></script><img src="https://cdn.imweb.me/thumbnail/20240101/abc.jpg">' },
    ],
    negative: [
      { html: '<a href="https://imweb.me/">아임웹</a><p>imweb.me 로 만든 사이트</p>' },
    ],
  },
});
