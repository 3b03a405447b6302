import { defineSignature } from '../types';

/** The Pinterest conversion tag (not the Save button, which is organic sharing). */
export default defineSignature({
  id: 'pinterest-tag',
  name: 'Pinterest Tag',
  website: 'https://business.pinterest.com/en/pinterest-tag/',
  categories: ['advertising'],
  channels: ['paid-social'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['s\\.pinimg\\.com/ct/core\\.js'],
    resources: ['ct\\.pinterest\\.com/v3/'],
    inline: [
      'pintrk\\(\\s*[\'"]load[\'"]',
      's\\.pinimg\\.com/ct/core\\.js',
      // PixelYourSite (WordPress) keeps the tag id in its settings and loads core.js itself.
      '"pinterest"\\s*:\\s*\\{\\s*"pixelIds"\\s*:\\s*\\[\\s*"\\d+',
    ],
    cookies: ['_pin_unauth'],
    globals: ['pintrk'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>!function(e){if(!window.pintrk){window.pintrk = function () {window.pintrk.queue.push(Array.prototype.slice.call(arguments))};var
n=window.pintrk;n.queue=[],n.version="3.0";var t=document.createElement("script");t.async=!0,t.src=e;var r=document.getElementsByTagName("script")[0];
r.parentNode.insertBefore(t,r)}}("https://s.pinimg.com/ct/core.js");pintrk('load', '2612345678901', {em: '<user_email_address>'});pintrk('page');</script>
<noscript><img height="1" width="1" style="display:none;" alt="" src="https://ct.pinterest.com/v3/?event=init&tid=2612345678901&noscript=1" /></noscript>`,
      },
      { html: '<script id="pys-js-extra">var pysOptions = {"staticEvents":[],"pinterest":{"pixelIds":["2612345678901"],"advancedMatching":[]}};</script>' },
    ],
    negative: [
      { html: '<a data-pin-do="buttonBookmark" href="https://www.pinterest.com/pin/create/button/"></a><script async defer src="//assets.pinterest.com/js/pinit.js"></script>' },
    ],
  },
});
