import { defineSignature } from '../types';

export default defineSignature({
  id: 'naver-analytics',
  name: 'Naver Analytics',
  website: 'https://analytics.naver.com/',
  categories: ['analytics'],
  channels: [],
  stage: 'plan',
  docs: 'https://naver.github.io/conversion-tracking/pages/01_script_guide_wcstrans',
  patterns: {
    scriptSrc: ['wcs\\.naver\\.net/wcslog\\.js'],
    inline: ['wcs_add\\s*\\[\\s*[\'"]wa[\'"]\\s*\\]\\s*='],
    globals: ['wcs_add'],
  },
  fixtures: {
    positive: [
      { html: `<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script><script>if(!wcs_add) var wcs_add = {};wcs_add["wa"] = "1234abcd";if(window.wcs) {wcs_do();}</script>` },
    ],
    negative: [
      { html: '<script src="https://ssl.pstatic.net/static/common/js/naver-share.js"></script><a href="https://blog.naver.com/myshop">Naver blog</a>' },
    ],
  },
});
