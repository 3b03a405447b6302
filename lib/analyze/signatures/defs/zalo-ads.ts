import { defineSignature } from '../types';

/**
 * Zalo Ads pixel (Vietnam). Events are queued on the pixel's ZPP global, e.g.
 * `ZPP.push(['purchase', {...}])`, the event syntax Zalo Ads Manager gives for its pixel.
 */
export default defineSignature({
  id: 'zalo-ads',
  name: 'Zalo Ads Pixel',
  website: 'https://ads.zalo.me/',
  categories: ['advertising'],
  channels: ['paid-social'],
  stage: 'reach',
  patterns: {
    inline: ['\\bZPP\\.push\\(\\s*\\['],
    globals: ['ZPP'],
  },
  fixtures: {
    positive: [
      { html: `<script>window.ZPP = window.ZPP || [];ZPP.push(['viewcontent', {"content_id": "SP01", "value": 250000, "currency": "VND"}]);</script>` },
      { html: '<p>tag manager fired it</p>', globals: ['ZPP'] },
    ],
    negative: [
      { html: '<div class="zalo-chat-widget" data-oaid="1234567890" data-welcome-message="Xin chào"></div><script src="https://sp.zalo.me/plugins/sdk.js"></script>' },
    ],
  },
});
