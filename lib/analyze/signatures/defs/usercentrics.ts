import { defineSignature } from '../types';

/**
 * Usercentrics CMP: web.cmp.usercentrics.eu/ui/loader.js (v3) or
 * app.usercentrics.eu/browser-ui/latest/loader.js with data-settings-id, plus the
 * privacy-proxy.usercentrics.eu smart data protector; #usercentrics-root / #usercentrics-cmp-ui.
 */
export default defineSignature({
  id: 'usercentrics',
  name: 'Usercentrics',
  website: 'https://usercentrics.com',
  categories: ['consent'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['(?:web\\.cmp|app)\\.usercentrics\\.eu/', 'privacy-proxy\\.usercentrics\\.eu/'],
    inline: ['(?:web\\.cmp|app)\\.usercentrics\\.eu/'],
    dom: ['#usercentrics-root', '#usercentrics-cmp-ui'],
    globals: ['UC_UI', 'usercentrics', '__ucCmp'],
  },
  docs: 'https://docs.usercentrics.com/',
  fixtures: {
    positive: [
      {
        html: '<script id="usercentrics-cmp" src="https://web.cmp.usercentrics.eu/ui/loader.js" data-settings-id="AbCdEf123" async></script>',
      },
    ],
    negative: [
      {
        html: '<p>User-centric design matters. <a href="https://usercentrics.com/">usercentrics.com</a></p>',
      },
    ],
  },
});
