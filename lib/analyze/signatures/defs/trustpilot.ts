import { defineSignature } from '../types';

/**
 * Trustpilot TrustBox widgets (widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js with
 * .trustpilot-widget) and the invitation script (invitejs.trustpilot.com/tp.min.js).
 */
export default defineSignature({
  id: 'trustpilot',
  name: 'Trustpilot',
  website: 'https://www.trustpilot.com',
  categories: ['reviews'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: [
      'widget\\.trustpilot\\.com/bootstrap/',
      'invitejs\\.trustpilot\\.com/',
      'ecommplugins-(?:scripts|trustboxsettings)\\.trustpilot\\.com/',
    ],
    inline: ['invitejs\\.trustpilot\\.com/', 'widget\\.trustpilot\\.com/bootstrap/'],
    dom: ['.trustpilot-widget'],
    globals: ['Trustpilot'],
  },
  docs: 'https://support.trustpilot.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript" src="//widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js" async></script><div class="trustpilot-widget" data-locale="en-GB" data-template-id="5419b6a8b0d04a076446a9ad" data-businessunit-id="abc"><a href="https://uk.trustpilot.com/review/example.com">Trustpilot</a></div>',
      },
    ],
    negative: [
      {
        html: '<p>Read what customers say on <a href="https://www.trustpilot.com/review/example.com">Trustpilot</a>.</p>',
      },
    ],
  },
});
