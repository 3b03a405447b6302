import { defineSignature } from '../types';

/**
 * Refersion tracking: TrackingSystemObject "r" loading cdn.refersion.com/refersion.js (older
 * _refersion and _rfsn), then r("pageview").
 */
export default defineSignature({
  id: 'refersion',
  name: 'Refersion',
  website: 'https://www.refersion.com',
  categories: ['affiliate'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['cdn\\.refersion\\.com/', '\\.refersion\\.com/tracker/'],
    inline: ['cdn\\.refersion\\.com/', '\\b_refersion\\(', '\\b_rfsn\\b'],
    globals: ['_refersion', '_rfsn'],
  },
  docs: 'https://www.refersion.com',
  fixtures: {
    positive: [
      {
        html: '<script>!function(e,n,t,i,o,c,s,a){e.TrackingSystemObject="r",(s=n.createElement(t)).async=1,s.src="https://cdn.refersion.com/refersion.js",s.onload=function(){r.pubKey="pub_abc",r.initializeXDLS().then(()=>{r.launchDefault()})},(a=n.getElementsByTagName(t)[0]).parentNode.insertBefore(s,a)}(window,document,"script");</script>',
      },
    ],
    negative: [{ html: '<p>Refer someone: <a href="/pages/refer">refer a friend</a></p>' }],
  },
});
