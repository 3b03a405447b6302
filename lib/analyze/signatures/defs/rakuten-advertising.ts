import { defineSignature } from '../types';

/**
 * Rakuten Advertising tag (tag.rmp.rakuten.com/<mid>.ct.js) on advertisers and LinkShare links
 * (click.linksynergy.com/deeplink, /fs-bin/click) on publishers.
 */
export default defineSignature({
  id: 'rakuten-advertising',
  name: 'Rakuten Advertising',
  website: 'https://rakutenadvertising.com',
  categories: ['affiliate', 'advertising'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['tag\\.rmp\\.rakuten\\.com/'],
    inline: ['tag\\.rmp\\.rakuten\\.com/'],
    links: ['click\\.linksynergy\\.com/', 'linksynergy\\.[a-z.]+\\.com/'],
    resources: ['track\\.linksynergy\\.com/'],
  },
  docs: 'https://rakutenadvertising.com/',
  fixtures: {
    positive: [
      {
        html: '<script>(function (url) { if (!window.DataLayer) { window.DataLayer = {}; } var loc, ct = document.createElement("script"); ct.type = "text/javascript"; ct.async = true; ct.src = url; loc = document.getElementsByTagName("script")[0]; loc.parentNode.insertBefore(ct, loc); }(document.location.protocol + "//tag.rmp.rakuten.com/123456.ct.js"));</script>',
      },
      {
        html: '<a href="https://click.linksynergy.com/deeplink?id=abc&amp;mid=123&amp;murl=https%3A%2F%2Fshop.example">Buy</a>',
      },
    ],
    negative: [{ html: '<a href="https://www.rakuten.com/">Rakuten cash back</a>' }],
  },
});
