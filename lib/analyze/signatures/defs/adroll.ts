import { defineSignature } from '../types';

export default defineSignature({
  id: 'adroll',
  name: 'AdRoll',
  website: 'https://www.adroll.com/',
  categories: ['advertising'],
  channels: ['display-retargeting'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['s\\.adroll\\.com/j/'],
    resources: ['d\\.adroll\\.com/(?:cm|fb|pixel)/'],
    inline: ['adroll_adv_id\\s*=', 's\\.adroll\\.com/j/'],
    globals: ['__adroll', 'adroll_adv_id'],
  },
  fixtures: {
    positive: [
      {
        html: `<script type="text/javascript">adroll_adv_id = "ABCDEFGHIJKLMNOPQRST12";adroll_pix_id = "ZYXWVUTSRQPONMLKJIH123";adroll_version = "2.0";
(function(w, d, e, o, a) {w.__adroll_loaded = true;w.adroll = w.adroll || [];w.adroll.f = [ 'setProperties', 'identify', 'track' ];
var roundtripUrl = "https://s.adroll.com/j/" + adroll_adv_id + "/roundtrip.js";for (a = 0; a < w.adroll.f.length; a++) {}
var n = d.createElement(e);n.src = roundtripUrl;n.async = true;o = d.getElementsByTagName(e)[0];o.parentNode.insertBefore(n, o);})(window, document, "script");</script>`,
      },
    ],
    negative: [
      { html: '<a href="https://www.adroll.com/blog/retargeting-101">Retargeting 101 on the AdRoll blog</a>' },
    ],
  },
});
