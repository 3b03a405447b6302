import { defineSignature } from '../types';

/** Taboola's advertiser pixel (tfa.js). The publisher widget loader (libtrc/<site>/loader.js) is monetisation, not marketing. */
export default defineSignature({
  id: 'taboola-pixel',
  name: 'Taboola Pixel',
  website: 'https://www.taboola.com/',
  categories: ['advertising'],
  channels: ['display-retargeting'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['cdn\\.taboola\\.com/libtrc/unip/\\d+/tfa\\.js'],
    resources: ['trc\\.taboola\\.com/\\d+/log/3/unip\\?'],
    inline: ['_tfa\\.push\\(', 'cdn\\.taboola\\.com/libtrc/unip/'],
  },
  fixtures: {
    positive: [
      {
        html: `<script type='text/javascript'>window._tfa = window._tfa || [];window._tfa.push({notify: 'event', name: 'page_view', id: 1234567});
!function (t, f, a, x) {if (!document.getElementById(x)) {t.async = 1;t.src = a;t.id=x;f.parentNode.insertBefore(t, f);}}(document.createElement('script'),
document.getElementsByTagName('script')[0],'//cdn.taboola.com/libtrc/unip/1234567/tfa.js','tb_tfa_script');</script>`,
      },
    ],
    negative: [
      { html: `<div id="taboola-below-article-thumbnails"></div><script>window._taboola = window._taboola || [];_taboola.push({article:'auto'});</script>
<script async src="//cdn.taboola.com/libtrc/examplepublisher/loader.js" id="tb_loader_script"></script>` },
    ],
  },
});
