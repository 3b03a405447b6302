import { defineSignature } from '../types';

/**
 * Yotpo Loyalty & Referrals (formerly Swell Rewards): the loader from cdn.swellrewards.com, the
 * #swell-customer-identification element and swellAPI; newer installs render yotpo-widget-instance
 * elements from loyalty assets.
 */
export default defineSignature({
  id: 'yotpo-loyalty',
  name: 'Yotpo Loyalty (Swell)',
  website: 'https://www.yotpo.com/platform/loyalty/',
  categories: ['loyalty', 'referral'],
  channels: ['loyalty-referral'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['cdn\\.swellrewards\\.com/', 'loyalty\\.yotpo\\.com/'],
    resources: ['\\.swellrewards\\.com/'],
    dom: ['#swell-customer-identification'],
    inline: ['\\bswellAPI\\b', 'cdn\\.swellrewards\\.com/'],
    globals: ['swellAPI', 'swellConfig'],
  },
  docs: 'https://loyaltyapi.yotpo.com/',
  fixtures: {
    positive: [
      {
        html: '<div id="swell-customer-identification" data-authenticated="false" style="display:none;"></div><script src="https://cdn.swellrewards.com/loader/AbCdEf.js" async></script>',
      },
    ],
    negative: [{ html: '<p>Swell! Join our <a href="/pages/rewards">rewards</a>. The dough will swell.</p>' }],
  },
});
