import { defineSignature } from '../types';

/**
 * Atome (Southeast Asia) price-divider widget and checkout scripts are served from
 * gateway.apaylater.com (Advance Intelligence's "apaylater"); links to atome.sg/.my/.id/.ph shops
 * are not the integration.
 */
export default defineSignature({
  id: 'atome',
  name: 'Atome',
  website: 'https://www.atome.sg',
  categories: ['bnpl', 'payments'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['gateway\\.apaylater\\.com/', '\\.apaylater\\.net/'],
    resources: ['gateway\\.apaylater\\.com/'],
    inline: ['gateway\\.apaylater\\.com/', '\\batomeWidget\\b'],
  },
  docs: 'https://www.atome.sg',
  fixtures: {
    positive: [
      {
        html: '<script src="https://gateway.apaylater.com/plugins/price_divider/main.js"></script><div class="atome-widget" data-price="129.00"></div>',
      },
    ],
    negative: [{ html: '<p>Atom by atom. <a href="https://www.atome.sg/">atome.sg</a></p>' }],
  },
});
