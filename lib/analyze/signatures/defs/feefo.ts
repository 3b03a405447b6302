import { defineSignature } from '../types';

/**
 * Feefo widgets: api.feefo.com/api/javascript/<merchant> and
 * register.feefo.com/api/ecommerce/plugin/widget/merchant/<merchant>, with .feefo-review-* /
 * #feefo-service-review-* containers.
 */
export default defineSignature({
  id: 'feefo',
  name: 'Feefo',
  website: 'https://www.feefo.com',
  categories: ['reviews'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['api\\.feefo\\.com/api/javascript/', 'register\\.feefo\\.com/api/ecommerce/plugin/widget/'],
    resources: ['api\\.feefo\\.com/api/logo'],
    dom: [
      '.feefo-review-carousel-widget-service',
      '.feefo-product-review-widget-standard',
      '#feefo-service-review-floating-widgetId',
    ],
  },
  docs: 'https://www.feefo.com',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript" src="https://api.feefo.com/api/javascript/acme-ltd" async></script><div id="feefo-service-review-floating-widgetId"></div>',
      },
    ],
    negative: [{ html: '<p>Fee, fo, fum! <a href="https://www.feefo.com/en-GB/reviews/acme">Feefo</a></p>' }],
  },
});
