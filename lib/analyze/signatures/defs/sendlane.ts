import { defineSignature } from '../types';

/**
 * Sendlane Beacon: sendlane.com/scripts/pusher.js with the public integration token in data-token.
 */
export default defineSignature({
  id: 'sendlane',
  name: 'Sendlane',
  website: 'https://www.sendlane.com',
  categories: ['email', 'sms', 'marketing-automation'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: { scriptSrc: ['sendlane\\.com/scripts/pusher\\.js'], inline: ['sendlane\\.com/scripts/pusher\\.js'] },
  docs: 'https://help.sendlane.com/articles/3807111349-sendlane-custom-integration-setup-api-v2',
  fixtures: {
    positive: [{ html: '<script async src="https://sendlane.com/scripts/pusher.js" data-token="abc123"></script>' }],
    negative: [{ html: '<a href="https://www.sendlane.com/pricing">Sendlane pricing</a>' }],
  },
});
