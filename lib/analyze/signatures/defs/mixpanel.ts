import { defineSignature } from '../types';

export default defineSignature({
  id: 'mixpanel',
  name: 'Mixpanel',
  website: 'https://mixpanel.com/',
  categories: ['analytics'],
  channels: [],
  stage: 'plan',
  docs: 'https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript',
  patterns: {
    scriptSrc: ['cdn\\.mxpnl\\.com/libs/mixpanel', 'cdn4\\.mxpnl\\.com/libs/mixpanel'],
    resources: ['api(?:-js|-eu)?\\.mixpanel\\.com/(?:track|engage|decide)'],
    inline: ['mixpanel\\.init\\(\\s*[\'"]', 'MIXPANEL_CUSTOM_LIB_URL'],
    globals: ['mixpanel'],
  },
  fixtures: {
    positive: [
      {
        html: `<script type="text/javascript">(function (f, b) { if (!b.__SV) { var e, g, i, h; window.mixpanel = b; b._i = [];
g = f.createElement("script"); g.type = "text/javascript"; g.async = !0;
g.src = "undefined" !== typeof MIXPANEL_CUSTOM_LIB_URL ? MIXPANEL_CUSTOM_LIB_URL : "//cdn.mxpnl.com/libs/mixpanel-2-latest.min.js";
e = f.getElementsByTagName("script")[0]; e.parentNode.insertBefore(g, e); } })(document, window.mixpanel || []);
mixpanel.init("0123456789abcdef0123456789abcdef", {track_pageview: true});</script>`,
      },
    ],
    negative: [
      { html: '<a href="https://mixpanel.com/blog/">Mixpanel blog</a><p>Mix the panel of spices.</p>' },
    ],
  },
});
