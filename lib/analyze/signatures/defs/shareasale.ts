import { defineSignature } from '../types';

/**
 * ShareASale publisher links (shareasale.com/r.cfm, shrsl.com) and the advertiser conversion pixel
 * (shareasale.com/sale.cfm) or analytics script.
 */
export default defineSignature({
  id: 'shareasale',
  name: 'ShareASale',
  website: 'https://www.shareasale.com',
  categories: ['affiliate'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    links: ['shareasale\\.com/r\\.cfm', 'shareasale\\.com/m-pr\\.cfm', '//shrsl\\.com/'],
    resources: ['shareasale\\.com/sale\\.cfm'],
    scriptSrc: ['shareasale-analytics\\.com/'],
    inline: ['shareasale-analytics\\.com/'],
  },
  docs: 'https://www.shareasale.com',
  fixtures: {
    positive: [
      {
        html: '<a href="https://www.shareasale.com/r.cfm?b=123&amp;u=456&amp;m=789&amp;urllink=&amp;afftrack=" rel="nofollow">Buy</a>',
      },
      {
        html: '<img src="https://www.shareasale.com/sale.cfm?tracking=ORDER1&amp;amount=10.00&amp;merchantID=123&amp;transtype=sale" width="1" height="1">',
      },
    ],
    negative: [
      {
        html: '<p>Share a sale with friends! <a href="https://twitter.com/intent/tweet?text=sale">Tweet</a></p>',
      },
    ],
  },
});
