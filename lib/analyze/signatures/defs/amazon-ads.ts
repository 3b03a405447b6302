import { defineSignature } from '../types';

/**
 * Amazon Ads advertiser tags: the Amazon Ad Tag (amzn.js) and the older Amazon DSP pixel.
 * apstag.js is Amazon Publisher Services, the sell side, and is left out on purpose.
 */
export default defineSignature({
  id: 'amazon-ads',
  name: 'Amazon Ads tag',
  website: 'https://advertising.amazon.com/',
  categories: ['advertising'],
  channels: ['display-retargeting'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['c\\.amazon-adsystem\\.com/aat/amzn\\.js'],
    // Advertiser pixels only: iu3 with a pixel id, iui3 for the DSP's "forester" audience pixel.
    // Publisher header-bidding syncs on the same host carry d=dtb-pub and do not match.
    resources: ['s\\.amazon-adsystem\\.com/iu3\\?(?:[^#]*&)?pid=', 's\\.amazon-adsystem\\.com/iui3\\?(?:[^#]*&)?d=forester-did'],
    inline: ['amzn\\(\\s*[\'"](?:addTag|setRegion|trackEvent)[\'"]', 'c\\.amazon-adsystem\\.com/aat/amzn\\.js'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>!function(w,d,s,t,a){if(w.amzn)return;w.amzn=d.amzn=function(){w.amzn.q.push([arguments,(new Date).getTime()])};w.amzn.q=[];
w.amzn.version="0.0";s=d.createElement("script");s.src="https://c.amazon-adsystem.com/aat/amzn.js";s.id="amzn-pixel";s.async=true;
t=d.getElementsByTagName("script")[0];t.parentNode.insertBefore(s,t)}(window,document);amzn("setRegion", "NA");amzn("addTag", "a1b2c3d4-0000-4000-8000-abcdefabcdef");amzn("trackEvent", "PageView");</script>`,
      },
      { html: '<img height="1" width="1" style="display:none" src="https://s.amazon-adsystem.com/iu3?pid=a1b2c3d4-0000&event=PageView">' },
      { html: '<img height="1" width="1" alt="Amazon Pixel Code" src="https://s.amazon-adsystem.com/iui3?d=forester-did&ex-fargs=%3Fid%3Dabc&ex-src=https://shop.example.com">' },
    ],
    negative: [
      { html: '<script async src="https://c.amazon-adsystem.com/aax2/apstag.js"></script><a href="https://www.amazon.com/dp/B000123?tag=blog-20">Buy on Amazon</a>' },
    ],
  },
});
