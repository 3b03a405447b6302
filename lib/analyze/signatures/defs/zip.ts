import { defineSignature } from '../types';

/**
 * Zip Pay / Zip Money widget (static.zipmoney.com.au/lib/js/zm-widget-js/dist/zip-widget.min.js
 * with data-zm-* attributes) and Zip US (formerly Quadpay) widget (static.quadpay.com/…,
 * <quadpay-widget>, quadpay-widget-v3).
 */
export default defineSignature({
  id: 'zip',
  name: 'Zip (Quadpay)',
  website: 'https://zip.co',
  categories: ['bnpl', 'payments'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: [
      'static\\.zipmoney\\.com\\.au/',
      'static\\.zip\\.co/',
      'static\\.quadpay\\.com/',
      'widgets\\.quadpay\\.com/',
      'cdn\\.quadpay\\.com/',
    ],
    inline: ['static\\.zipmoney\\.com\\.au/', 'window\\.\\$zmJs\\b'],
    dom: ['[data-zm-merchant]', '[data-zm-widget]', '[data-zm-asset]'],
    globals: ['quadpayWidget'],
  },
  docs: 'https://developers.zip.co/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://static.zipmoney.com.au/lib/js/zm-widget-js/dist/zip-widget.min.js" type="text/javascript"></script><div data-zm-merchant="abc-123" data-env="production"></div><div data-zm-asset="productwidget" data-zm-widget="popup" data-zm-popup-asset="termsdialog"></div>',
      },
    ],
    negative: [
      {
        html: '<p>Zip code 90210. <a href="https://zip.co/">zip.co</a> <input name="zip" placeholder="ZIP"></p>',
      },
    ],
  },
});
