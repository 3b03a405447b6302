import { defineSignature } from '../types';

/** Outbrain's advertiser pixel (obtp.js). The publisher widget (widgets.outbrain.com/outbrain.js) is monetisation. */
export default defineSignature({
  id: 'outbrain-pixel',
  name: 'Outbrain Pixel',
  website: 'https://www.outbrain.com/',
  categories: ['advertising'],
  channels: ['display-retargeting'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['amplify\\.outbrain\\.com/cp/obtp\\.js'],
    resources: ['tr\\.outbrain\\.com/unifiedPixel'],
    inline: ['OB_ADV_ID\\s*=', 'obApi\\(\\s*[\'"]track[\'"]', 'amplify\\.outbrain\\.com/cp/obtp\\.js'],
    globals: ['obApi'],
  },
  fixtures: {
    positive: [
      {
        html: `<script data-obct type="text/javascript">!function(_window, _document) {var OB_ADV_ID = '00a1b2c3d4e5f67890abcdef12345678';
if (_window.obApi) {var toArray = function(object) {return Object.prototype.toString.call(object) === '[object Array]' ? object : [object];};
_window.obApi.marketerId = toArray(_window.obApi.marketerId).concat(toArray(OB_ADV_ID));return;}var api = _window.obApi = function() {
api.dispatch ? api.dispatch.apply(api, arguments) : api.queue.push(arguments);};api.version = '1.1';api.loaded = true;api.marketerId = OB_ADV_ID;api.queue = [];
var tag = _document.createElement('script');tag.async = true;tag.src = '//amplify.outbrain.com/cp/obtp.js';tag.type = 'text/javascript';
var script = _document.getElementsByTagName('script')[0];script.parentNode.insertBefore(tag, script);}(window, document);obApi('track', 'PAGE_VIEW');</script>`,
      },
    ],
    negative: [
      { html: '<div class="OUTBRAIN" data-src="https://news.example.com/a" data-widget-id="AR_1"></div><script async src="//widgets.outbrain.com/outbrain.js"></script>' },
    ],
  },
});
