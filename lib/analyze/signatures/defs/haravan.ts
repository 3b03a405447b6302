import { defineSignature } from '../types';

/** Haravan (Vietnam): themes and product images are served from hstatic.net. */
export default defineSignature({
  id: 'haravan',
  name: 'Haravan',
  website: 'https://www.haravan.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['(?:theme|hstatic)\\.hstatic\\.net/', 'haravan\\.com/'],
    resources: ['(?:theme|product|file)\\.hstatic\\.net/', 'cdn\\.haravan\\.com/'],
    inline: ['\\bHaravan\\.(?:shop|theme|money_format)\\b'],
    globals: ['Haravan'],
  },
  fixtures: {
    positive: [
      { html: '<link href="//theme.hstatic.net/1000123456/1000987654/14/style.css?v=1" rel="stylesheet"><script>var Haravan = Haravan || {};Haravan.shop = "myshop.myharavan.com";</script>' },
    ],
    negative: [
      { html: '<a href="https://www.haravan.com/">Haravan</a><p>Hướng dẫn chuyển từ Haravan sang nền tảng khác.</p>' },
    ],
  },
});
