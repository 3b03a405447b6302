import { defineSignature } from '../types';

/**
 * Yotpo SMS (formerly SMSBump) loads its subscription forms from forms.smsbump.com /
 * forms-akamai.smsbump.com.
 */
export default defineSignature({
  id: 'yotpo-sms',
  name: 'Yotpo SMS & Email (SMSBump)',
  website: 'https://www.yotpo.com/platform/sms-marketing/',
  categories: ['sms', 'email'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['\\.smsbump\\.com/'],
    resources: ['\\.smsbump\\.com/'],
    inline: ['forms(?:-akamai)?\\.smsbump\\.com/'],
  },
  docs: 'https://support.yotpo.com/',
  fixtures: {
    positive: [{ html: '<script async src="https://forms-akamai.smsbump.com/123456/form_78901.js"></script>' }],
    negative: [{ html: '<p>Got a bump in your SMS bill? <a href="/sms">Read more</a></p>' }],
  },
});
