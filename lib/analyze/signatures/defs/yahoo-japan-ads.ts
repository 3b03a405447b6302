import { defineSignature } from '../types';

/** Yahoo! JAPAN Ads (search and display): the site-wide ytag and the older conversion/retargeting tags. */
export default defineSignature({
  id: 'yahoo-japan-ads',
  name: 'Yahoo! JAPAN Ads',
  website: 'https://marketing.yahoo.co.jp/service/yahooads/',
  categories: ['advertising'],
  channels: ['paid-search', 'display-retargeting'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['s\\.yimg\\.jp/images/listing/tool/cv/(?:ytag|conversion)\\.js', 'b92\\.yahoo\\.co\\.jp/js/s_retargeting\\.js'],
    inline: ['ytag\\(\\s*\\{\\s*[\'"]?type[\'"]?\\s*:\\s*[\'"](?:ycl_cookie|yss_conversion|yjad_conversion|yjad_retargeting|yss_retargeting)', 'yahoo_(?:conversion|retargeting)_id\\s*='],
    globals: ['ytag'],
  },
  fixtures: {
    positive: [
      {
        html: `<script async src="https://s.yimg.jp/images/listing/tool/cv/ytag.js"></script>
<script>window.yjDataLayer = window.yjDataLayer || [];function ytag() { yjDataLayer.push(arguments); }ytag({"type":"ycl_cookie"});</script>`,
      },
    ],
    negative: [
      { html: '<script src="https://s.yimg.jp/images/approach/js/yjaxc.js"></script><a href="https://shopping.yahoo.co.jp/">Yahoo!ショッピング</a>' },
    ],
  },
});
