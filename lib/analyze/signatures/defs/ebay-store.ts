import { defineSignature } from '../types';

/** A link to the brand's eBay store (ebay.<tld>/str/<name>) or seller page (ebay.<tld>/usr/<name>). */
export default defineSignature({
  id: 'ebay-store',
  name: 'eBay store',
  website: 'https://www.ebay.com/sellercenter',
  categories: ['marketplace'],
  channels: ['shopping-marketplaces'],
  stage: 'convert',
  patterns: {
    links: ['ebay\\.(?:com|co\\.uk|de|fr|it|es|com\\.au|ca|at|ch|ie|nl|pl|com\\.sg|com\\.my|ph)/(?:str|usr)/[\\w.-]+', 'stores\\.ebay\\.[a-z.]+/[\\w-]+'],
  },
  fixtures: {
    positive: [
      { html: '<a href="https://www.ebay.com/str/mybrandoutlet">Our eBay store</a>' },
    ],
    negative: [
      { html: '<a href="https://www.ebay.com/itm/1234567890">Vintage whisk on eBay</a><a href="https://www.ebay.com/">eBay</a>' },
    ],
  },
});
