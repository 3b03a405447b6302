import { defineSignature } from '../types';

/** Adobe Experience Platform Tags (formerly Launch, and DTM before it). */
export default defineSignature({
  id: 'adobe-launch',
  name: 'Adobe Experience Platform Tags (Launch)',
  website: 'https://experienceleague.adobe.com/docs/experience-platform/tags/home.html',
  categories: ['tag-manager'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['assets\\.adobedtm\\.com/'],
    globals: ['_satellite'],
  },
  fixtures: {
    positive: [
      { html: '<script src="https://assets.adobedtm.com/abc123def456/launch-ENabcdef1234.min.js" async></script>' },
      { html: '<p>x</p>', globals: ['_satellite'] },
    ],
    negative: [
      { html: '<script src="https://use.typekit.net/abc.js"></script><p>We migrated from DTM to Launch.</p>' },
    ],
  },
});
