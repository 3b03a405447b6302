import { defineSignature } from '../types';

/** Criteo OneTag (advertiser retargeting); the publisher tag is a different product. */
export default defineSignature({
  id: 'criteo',
  name: 'Criteo',
  website: 'https://www.criteo.com/',
  categories: ['advertising'],
  channels: ['display-retargeting'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['(?:static\\.criteo\\.net|dynamic\\.criteo\\.com)/js/ld/ld\\.js'],
    resources: ['sslwidget\\.criteo\\.com/event\\?', 'widget\\.criteo\\.com/event\\?'],
    inline: ['criteo_q\\.push\\(', 'static\\.criteo\\.net/js/ld/ld\\.js'],
    globals: ['criteo_q'],
  },
  fixtures: {
    positive: [
      {
        html: `<script type="text/javascript" src="//dynamic.criteo.com/js/ld/ld.js?a=12345" async="true"></script>
<script type="text/javascript">window.criteo_q = window.criteo_q || [];var deviceType = /iPad/.test(navigator.userAgent) ? "t" : "d";
window.criteo_q.push({ event: "setAccount", account: 12345 },{ event: "setSiteType", type: deviceType },{ event: "viewItem", item: "SKU-1" });</script>`,
      },
    ],
    negative: [
      { html: '<script async src="https://static.criteo.net/js/ld/publishertag.js"></script><script>window.Criteo = window.Criteo || {};</script>' },
    ],
  },
});
