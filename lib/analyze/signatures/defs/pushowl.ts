import { defineSignature } from '../types';

/**
 * PushOwl for Shopify loads cdn.pushowl.com/latest/sdks/pushowl-shopify.js?subdomain=<store>.
 */
export default defineSignature({
  id: 'pushowl',
  name: 'PushOwl (Brevo push)',
  website: 'https://pushowl.com',
  categories: ['push'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['cdn\\.pushowl\\.com/'],
    resources: ['cdn\\.pushowl\\.com/'],
    inline: ['cdn\\.pushowl\\.com/', 'window\\.pushowl\\b'],
    globals: ['pushowl'],
  },
  docs: 'https://pushowl.com',
  fixtures: {
    positive: [
      {
        html: '<script src="https://cdn.pushowl.com/latest/sdks/pushowl-shopify.js?subdomain=acme&environment=production&shop=acme.myshopify.com" defer></script>',
      },
    ],
    negative: [{ html: '<p>The owl pushes its chicks out. <a href="https://example.com/owls">Owls</a></p>' }],
  },
});
