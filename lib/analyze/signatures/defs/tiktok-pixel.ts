import { defineSignature } from '../types';

export default defineSignature({
  id: 'tiktok-pixel',
  name: 'TikTok Pixel',
  website: 'https://ads.tiktok.com/help/article/tiktok-pixel',
  categories: ['advertising'],
  channels: ['paid-social'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['analytics\\.tiktok\\.com/i18n/pixel/'],
    inline: ['ttq\\.load\\(\\s*[\'"]', 'analytics\\.tiktok\\.com/i18n/pixel/events\\.js'],
    cookies: ['_ttp'],
    globals: ['ttq'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>!function (w, d, t) {w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track"];
ttq.load=function(e,n){var r="https://analytics.tiktok.com/i18n/pixel/events.js";ttq._i=ttq._i||{}};
ttq.load('C4ABCDEFGHIJ1234567');ttq.page();}(window, document, 'ttq');</script>`,
      },
      { html: '<p>late</p>', globals: ['ttq'] },
    ],
    negative: [
      { html: '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@shop/video/1"></blockquote><script async src="https://www.tiktok.com/embed.js"></script>' },
    ],
  },
});
