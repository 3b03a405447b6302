import { defineSignature } from '../types';

/**
 * Termly consent banner: app.termly.io/resource-blocker/<uuid> (auto-blocker) or
 * app.termly.io/embed.min.js with data-website-uuid. A link to a Termly-hosted policy is not the
 * banner.
 */
export default defineSignature({
  id: 'termly',
  name: 'Termly',
  website: 'https://termly.io',
  categories: ['consent'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['app\\.termly\\.io/(?:resource-blocker|embed)'],
    inline: ['app\\.termly\\.io/(?:resource-blocker|embed)'],
  },
  docs: 'https://support.termly.io/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript" src="https://app.termly.io/resource-blocker/0123abcd-4567-89ef?autoBlock=on"></script>',
      },
    ],
    negative: [{ html: '<a href="https://app.termly.io/document/privacy-policy/0123abcd">Privacy Policy</a>' }],
  },
});
