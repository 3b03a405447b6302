import { defineSignature } from '../types';

export default defineSignature({
  id: 'vtex',
  name: 'VTEX',
  website: 'https://vtex.com/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['vtexassets\\.com/', '(?:^|//)[\\w.-]*\\.vteximg\\.com\\.br/', 'io\\.vtex\\.com\\.br/'],
    resources: ['vtexassets\\.com/', '(?:^|//)[\\w.-]*\\.vteximg\\.com\\.br/', 'vtexcommercestable\\.com\\.br/'],
    inline: ['\\bvtex\\.events\\.', '__RUNTIME__\\s*=\\s*\\{[^}]{0,200}"account"'],
    globals: ['vtex', 'vtexjs'],
  },
  fixtures: {
    positive: [
      { html: '<script src="https://myshop.vtexassets.com/_v/public/assets/v1/published/bundle/public/react/asset.min.js"></script>' },
    ],
    negative: [
      { html: '<a href="https://vtex.com/br-pt/">VTEX</a><p>Vortex mixer for the lab.</p>' },
    ],
  },
});
