import { defineSignature } from '../types';

/**
 * Privy widget code: var _d_site = _d_site || "<id>" then widget.privy.com/assets/widget.js.
 */
export default defineSignature({
  id: 'privy',
  name: 'Privy',
  website: 'https://www.privy.com',
  categories: ['popup', 'email', 'sms'],
  channels: ['email-sms'],
  stage: 'act',
  patterns: {
    scriptSrc: ['widget\\.privy\\.com/assets/widget\\.js', '\\.privy\\.com/assets/'],
    inline: ['\\b_d_site\\s*=\\s*_d_site\\b', 'widget\\.privy\\.com/'],
    globals: ['Privy', '_d_site'],
  },
  docs: 'https://help.privy.com/',
  fixtures: {
    positive: [
      {
        html: '<script type=\'text/javascript\'>var _d_site = _d_site || \'0A1B2C3D\';</script><script src=\'https://widget.privy.com/assets/widget.js\'></script>',
      },
    ],
    negative: [{ html: '<a href="/pages/privacy">Privacy policy</a><p>Your privy details stay private.</p>' }],
  },
});
