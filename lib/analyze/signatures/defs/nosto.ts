import { defineSignature } from '../types';

/**
 * Nosto: connect.nosto.com/include/<accountId> (or script/shopify/nosto.js), the nostojs() API and
 * .nosto_element recommendation slots / .nosto_page_type tagging.
 */
export default defineSignature({
  id: 'nosto',
  name: 'Nosto',
  website: 'https://www.nosto.com',
  categories: ['personalisation', 'cro'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['connect\\.nosto\\.com/'],
    inline: ['\\bnostojs\\(', 'connect\\.nosto\\.com/include/'],
    dom: ['.nosto_element', '.nosto_page_type', '.nosto_product'],
    globals: ['nostojs', 'nosto'],
  },
  docs: 'https://docs.nosto.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript">(function(){var name="nostojs";window[name]=window[name]||function(cb){(window[name].q=window[name].q||[]).push(cb);};})();</script><script src="https://connect.nosto.com/include/shopify-123" async></script><div class="nosto_element" id="frontpage-nosto-1"></div>',
      },
    ],
    negative: [{ html: '<p>No stock? <a href="/nosto">nosto</a></p>' }],
  },
});
