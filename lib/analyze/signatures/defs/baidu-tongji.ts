import { defineSignature } from '../types';

export default defineSignature({
  id: 'baidu-tongji',
  name: 'Baidu Tongji',
  website: 'https://tongji.baidu.com/',
  categories: ['analytics'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['hm\\.baidu\\.com/hm\\.js'],
    resources: ['hm\\.baidu\\.com/hm\\.gif'],
    inline: ['hm\\.baidu\\.com/hm\\.js\\?'],
    globals: ['_hmt'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?0123456789abcdef0123456789abcdef";
var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>`,
      },
    ],
    negative: [
      { html: '<script src="https://zz.bdstatic.com/linksubmit/push.js"></script><a href="https://www.baidu.com/s?wd=x">Baidu</a>' },
    ],
  },
});
