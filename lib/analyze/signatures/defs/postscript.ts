import { defineSignature } from '../types';

/**
 * Postscript SMS for Shopify loads its SDK from sdk.postscript.io (sdk.bundle.js /
 * sdk-script-loader) with the shop id.
 */
export default defineSignature({
  id: 'postscript',
  name: 'Postscript',
  website: 'https://postscript.io',
  categories: ['sms'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['sdk\\.postscript\\.io/'],
    resources: ['sdk\\.postscript\\.io/'],
    inline: ['sdk\\.postscript\\.io/'],
  },
  docs: 'https://developers.postscript.io/',
  fixtures: {
    positive: [
      {
        html: '<script async src="https://sdk.postscript.io/sdk-script-loader.bundle.js?shopId=12345"></script>',
      },
    ],
    negative: [{ html: '<p>P.S. (postscript): join our <a href="/pages/sms">SMS list</a>.</p>' }],
  },
});
