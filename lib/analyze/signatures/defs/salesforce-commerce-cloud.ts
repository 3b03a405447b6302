import { defineSignature } from '../types';

/** Salesforce B2C Commerce (formerly Demandware): its static and pipeline URL paths. */
export default defineSignature({
  id: 'salesforce-commerce-cloud',
  name: 'Salesforce Commerce Cloud',
  website: 'https://www.salesforce.com/commerce/',
  categories: ['ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['/on/demandware\\.static/'],
    resources: ['/on/demandware\\.static/', 'demandware\\.edgesuite\\.net/'],
    links: ['/on/demandware\\.store/'],
    inline: ['/on/demandware\\.store/'],
  },
  fixtures: {
    positive: [
      { html: '<link rel="stylesheet" href="/on/demandware.static/Sites-MyShop-Site/-/en_US/v1700000000/css/global.css"><a href="/on/demandware.store/Sites-MyShop-Site/en_US/Cart-Show">Cart</a>' },
    ],
    negative: [
      { html: '<a href="https://www.salesforce.com/commerce/">Commerce Cloud</a><script src="https://service.force.com/embeddedservice/5.0/esw.min.js"></script>' },
    ],
  },
});
