import { defineSignature } from '../types';

export default defineSignature({
  id: 'wix',
  name: 'Wix',
  website: 'https://www.wix.com/',
  categories: ['ecommerce-platform', 'cms'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['static\\.parastorage\\.com/'],
    resources: ['static\\.parastorage\\.com/', 'siteassets\\.parastorage\\.com/'],
    meta: { generator: 'Wix\\.com Website Builder' },
    globals: ['wixBiSession', 'wixEmbedsAPI'],
  },
  fixtures: {
    positive: [
      { html: '<meta name="generator" content="Wix.com Website Builder"><script src="https://static.parastorage.com/unpkg/core-js-bundle@3.2.1/minified.js"></script>' },
    ],
    negative: [
      { html: '<a href="https://www.wix.com/">Made a site with Wix?</a><img src="https://www.wix.com/favicon.ico">' },
    ],
  },
});
