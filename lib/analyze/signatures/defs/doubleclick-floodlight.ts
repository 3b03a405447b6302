import { defineSignature } from '../types';

/** Campaign Manager 360 / Display & Video 360 Floodlight activity tags (DC- ids). */
export default defineSignature({
  id: 'doubleclick-floodlight',
  name: 'DoubleClick Floodlight',
  website: 'https://support.google.com/campaignmanager/answer/2823400',
  categories: ['advertising'],
  channels: ['display-retargeting'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['googletagmanager\\.com/gtag/js\\?(?:[^#]*&)?id=DC-'],
    resources: ['fls\\.doubleclick\\.net/activityi?[;/]', 'ad\\.doubleclick\\.net/activity;'],
    inline: ['fls\\.doubleclick\\.net/activityi', 'gtag\\(\\s*[\'"]config[\'"]\\s*,\\s*[\'"]DC-\\d+', '[\'"]?send_to[\'"]?\\s*:\\s*[\'"]DC-\\d+'],
  },
  fixtures: {
    positive: [
      {
        html: `<script async src="https://www.googletagmanager.com/gtag/js?id=DC-1234567"></script>
<script>gtag('config', 'DC-1234567');gtag('event', 'conversion', {'allow_custom_scripts': true, 'send_to': 'DC-1234567/invmedia/sales0+standard'});</script>`,
      },
      { html: '<iframe src="https://1234567.fls.doubleclick.net/activityi;src=1234567;type=invmedia;cat=sales0;ord=1?" width="1" height="1" frameborder="0" style="display:none"></iframe>' },
    ],
    negative: [
      { html: '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script><img src="https://googleads.g.doubleclick.net/pagead/id">' },
    ],
  },
});
