import { defineSignature } from '../types';

/**
 * Naver search ads (SA) premium log and GFA display conversion tracking. Both ride on
 * wcslog.js (see naver-analytics); the conversion calls are what show the advertiser.
 */
export default defineSignature({
  id: 'naver-ads',
  name: 'Naver Ads conversion tracking',
  website: 'https://searchad.naver.com/',
  categories: ['advertising'],
  channels: ['paid-search', 'display-retargeting'],
  stage: 'reach',
  docs: 'https://naver.github.io/conversion-tracking/pages/01_script_guide_wcstrans',
  patterns: {
    inline: ['wcs\\.trans\\(', 'wcs\\.cnv\\(', '_nasa\\s*\\[\\s*[\'"]cnv[\'"]', 'wcs\\.inflow\\('],
  },
  fixtures: {
    positive: [
      {
        html: `<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script>
<script type="text/javascript">if (!wcs_add) var wcs_add={};wcs_add["wa"] = "s_1a2b3c4d5e6f";if (!_nasa) var _nasa={};
if (window.wcs) {wcs.inflow("myshop.co.kr");_nasa["cnv"] = wcs.cnv("1","10000");wcs_do(_nasa);}</script>`,
      },
    ],
    negative: [
      { html: `<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script><script>if(!wcs_add) var wcs_add = {};wcs_add["wa"] = "1234abcd";if(window.wcs) {wcs_do();}</script>` },
    ],
  },
});
