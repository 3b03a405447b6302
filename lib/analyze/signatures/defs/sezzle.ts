import { defineSignature } from '../types';

/**
 * Sezzle widget: widget.sezzle.com/v1/javascript/price-widget?uuid=<merchant> configured by
 * document.sezzleConfig; Sezzle buttons and #sezzle-widget placeholders.
 */
export default defineSignature({
  id: 'sezzle',
  name: 'Sezzle',
  website: 'https://sezzle.com',
  categories: ['bnpl', 'payments'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['widget\\.sezzle\\.com/', '\\.sezzle\\.com/v\\d/javascript/'],
    inline: ['\\bsezzleConfig\\s*=', 'widget\\.sezzle\\.com/', 'new\\s+AwesomeSezzle\\('],
    dom: ['#sezzle-widget', '.sezzle-checkout-button', '.sezzle-shopify-info-button'],
    globals: ['AwesomeSezzle', 'Sezzle'],
  },
  docs: 'https://docs.sezzle.com/',
  fixtures: {
    positive: [
      {
        html: '<script>document.sezzleConfig = { targetXPath: ".product-price" };</script><script src="https://widget.sezzle.com/v1/javascript/price-widget?uuid=abc-123"></script>',
      },
    ],
    negative: [{ html: '<p>Sizzle, not sezzle. <a href="/sizzle">sizzle</a></p>' }],
  },
});
