import { defineSignature } from '../types';

/**
 * Tamara (Saudi Arabia, GCC) product widget: cdn.tamara.co/widget-v2/tamara-widget.js configured
 * by window.tamaraWidgetConfig, rendering <tamara-widget> (older .tamara-product-widget /
 * cdn.tamara.co/widget/product-widget.min.js).
 */
export default defineSignature({
  id: 'tamara',
  name: 'Tamara',
  website: 'https://tamara.co',
  categories: ['bnpl', 'payments'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn\\.tamara\\.co/'],
    inline: ['\\btamaraWidgetConfig\\b', 'cdn\\.tamara\\.co/'],
    dom: ['tamara-widget', '.tamara-product-widget', '.tamara-installment-plan-widget'],
    globals: ['TamaraWidget', 'tamaraWidgetConfig', 'TamaraProductWidget'],
  },
  docs: 'https://docs.tamara.co/',
  fixtures: {
    positive: [
      {
        html: '<script>window.tamaraWidgetConfig = { lang: "ar", country: "SA", publicKey: "abc" }</script><script defer src="https://cdn.tamara.co/widget-v2/tamara-widget.js"></script><tamara-widget type="tamara-summary" amount="129" inline-type="2"></tamara-widget>',
      },
      { html: '<tamara-widget type="tamara-summary" amount="249" inline-type="2"></tamara-widget>' },
    ],
    negative: [{ html: '<p>Tamara Hotel, Riyadh. <a href="https://tamara.co/">tamara.co</a></p>' }],
  },
});
