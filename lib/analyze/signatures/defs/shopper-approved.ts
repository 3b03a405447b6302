import { defineSignature } from '../types';

/**
 * Shopper Approved seals and widgets load from shopperapproved.com (widgets/, seals/, merchant/
 * scripts).
 */
export default defineSignature({
  id: 'shopper-approved',
  name: 'Shopper Approved',
  website: 'https://www.shopperapproved.com',
  categories: ['reviews'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['shopperapproved\\.com/(?:widgets|seals|merchant|thankyou|product)'],
    resources: ['shopperapproved\\.com/(?:widgets|seals)/'],
    inline: ['shopperapproved\\.com/(?:widgets|merchant|thankyou)'],
  },
  docs: 'https://www.shopperapproved.com',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript" src="https://www.shopperapproved.com/widgets/12345/merchant/rotating-widget/default.js"></script>',
      },
    ],
    negative: [{ html: '<p>Shopper approved recipes! <a href="/approved">approved</a></p>' }],
  },
});
