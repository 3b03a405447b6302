import { defineSignature } from '../types';

/**
 * Growave (formerly Social Shop Wave) all-in-one loyalty, reviews and wishlist app loads its
 * storefront scripts and images from growave.io (and legacy socialshopwave.com) hosts.
 */
export default defineSignature({
  id: 'growave',
  name: 'Growave',
  website: 'https://www.growave.io',
  categories: ['loyalty', 'reviews', 'referral'],
  channels: ['loyalty-referral'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['[./]growave\\.io/', '[./]socialshopwave\\.com/'],
    resources: ['[./]growave\\.io/', '[./]socialshopwave\\.com/'],
    inline: ['static\\.growave\\.io/'],
  },
  docs: 'https://www.growave.io/',
  fixtures: {
    positive: [
      {
        html: '<div class="gw-instagram-gallery"><img src="https://imgs.growave.io/AbC/q:80/rs:auto:320/aHR0cHM6Ly9leGFtcGxl.jpg" alt=""></div>',
      },
    ],
    negative: [{ html: '<p>Grow a wave of fans. <a href="https://example.com/grow">grow</a></p>' }],
  },
});
