import { defineSignature } from '../types';

/**
 * Osano CMP: cmp.osano.com/<customerId>/<configId>/osano.js; Osano global.
 */
export default defineSignature({
  id: 'osano',
  name: 'Osano',
  website: 'https://www.osano.com',
  categories: ['consent'],
  channels: [],
  stage: 'plan',
  patterns: {
    scriptSrc: ['cmp\\.osano\\.com/'],
    inline: ['cmp\\.osano\\.com/'],
    dom: ['.osano-cm-window'],
    globals: ['Osano'],
  },
  docs: 'https://docs.osano.com/',
  fixtures: {
    positive: [{ html: '<script src="https://cmp.osano.com/AbCdEf/0123-4567/osano.js"></script>' }],
    negative: [{ html: '<p>Osano, a town? <a href="https://www.osano.com/">osano.com</a></p>' }],
  },
});
