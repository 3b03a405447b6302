import { defineSignature } from '../types';

/** Square Online (which absorbed Weebly's shop builder). */
export default defineSignature({
  id: 'square-online',
  name: 'Square Online (Weebly)',
  website: 'https://squareup.com/us/en/online-store',
  categories: ['ecommerce-platform', 'cms'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn\\d+\\.editmysite\\.com/', '(?:^|//)[\\w.-]*weebly\\.com/', 'cdn\\.weeblycloud\\.com/'],
    resources: ['cdn\\d+\\.editmysite\\.com/', 'cdn\\.weeblycloud\\.com/', 'editmysite\\.com/uploads/'],
    meta: { generator: '^(?:Weebly|Square Online)' },
  },
  fixtures: {
    positive: [
      { html: '<link rel="stylesheet" href="https://cdn2.editmysite.com/css/sites.css?buildTime=1700000000"><script src="https://cdn2.editmysite.com/js/site/main.js"></script>' },
    ],
    negative: [
      { html: '<a href="https://squareup.com/">Pay with Square</a><script src="https://web.squarecdn.com/v1/square.js"></script>' },
    ],
  },
});
