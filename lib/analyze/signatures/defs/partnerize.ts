import { defineSignature } from '../types';

/**
 * Partnerize runs on prf.hn: publisher links prf.hn/click/camref:…, conversion pixels
 * prf.hn/conversion.
 */
export default defineSignature({
  id: 'partnerize',
  name: 'Partnerize',
  website: 'https://partnerize.com',
  categories: ['affiliate'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    links: ['//prf\\.hn/click/'],
    resources: ['//prf\\.hn/(?:conversion|click)'],
    scriptSrc: ['//[a-z0-9.-]*prf\\.hn/'],
  },
  docs: 'https://partnerize.com',
  fixtures: {
    positive: [
      {
        html: '<a href="https://prf.hn/click/camref:1011l3abc/pubref:recipe" rel="sponsored">Buy at Acme</a>',
      },
    ],
    negative: [
      {
        html: '<a href="https://partnerize.com/">Partnerize</a><a href="https://example.com/prf.html">PRF</a>',
      },
    ],
  },
});
