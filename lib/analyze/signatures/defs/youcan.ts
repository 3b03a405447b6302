import { defineSignature } from '../types';

/** YouCan (Morocco / MENA) hosted stores. */
export default defineSignature({
  id: 'youcan',
  name: 'YouCan',
  website: 'https://youcan.shop/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['(?:^|//)[\\w.-]*youcan\\.shop/', 'cdn\\.youcan\\.shop/'],
    resources: ['cdn\\.youcan\\.shop/', '(?:^|//)[\\w.-]*youcan\\.shop/'],
  },
  fixtures: {
    positive: [
      { html: '<script src="https://cdn.youcan.shop/theme/js/app.js"></script>' },
    ],
    negative: [
      { html: '<a href="https://www.youtube.com/@youcanshop">YouCan on YouTube</a><p>you can shop now</p>' },
    ],
  },
});
