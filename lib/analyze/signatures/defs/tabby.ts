import { defineSignature } from '../types';

/**
 * Tabby (GCC) promo and card snippets: checkout.tabby.ai/tabby-promo.js with new
 * TabbyPromo({selector: "#TabbyPromo", …}) and tabby-card.js / TabbyCard.
 */
export default defineSignature({
  id: 'tabby',
  name: 'Tabby',
  website: 'https://tabby.ai',
  categories: ['bnpl', 'payments'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['checkout\\.tabby\\.ai/'],
    inline: ['new\\s+TabbyPromo\\(', 'new\\s+TabbyCard\\(', 'checkout\\.tabby\\.ai/'],
    dom: ['#TabbyPromo', '#tabbyCard'],
    globals: ['TabbyPromo', 'TabbyCard'],
  },
  docs: 'https://docs.tabby.ai/',
  fixtures: {
    positive: [
      {
        html: '<div id="TabbyPromo"></div><script src="https://checkout.tabby.ai/tabby-promo.js"></script><script>new TabbyPromo({ selector: "#TabbyPromo", currency: "AED", price: "129.00", lang: "ar", source: "product", publicKey: "pk_abc", merchantCode: "acme" });</script>',
      },
    ],
    negative: [{ html: '<p>A tabby cat! <a href="https://tabby.ai/">tabby.ai</a></p>' }],
  },
});
