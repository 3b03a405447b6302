import { defineSignature } from '../types';

/**
 * LimeSpot Personalizer: storefront scripts from cdn.limespot.com (and the personalizer.io
 * platform host).
 */
export default defineSignature({
  id: 'limespot',
  name: 'LimeSpot',
  website: 'https://www.limespot.com',
  categories: ['personalisation', 'cro'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn\\.limespot\\.com/', '\\.personalizer\\.io/'],
    resources: ['cdn\\.limespot\\.com/', '\\.personalizer\\.io/'],
    inline: ['cdn\\.limespot\\.com/'],
    globals: ['LimeSpot'],
  },
  docs: 'https://www.limespot.com',
  fixtures: {
    positive: [{ html: '<script src="https://cdn.limespot.com/acme.myshopify.com/storefront.js" async></script>' }],
    negative: [{ html: '<p>A lime spot on the tablecloth. <a href="/limes">limes</a></p>' }],
  },
});
