import { defineSignature } from '../types';

/**
 * Attentive tag: cdn.attn.tv/<site>/dtag.js; its creative iframe and events come from attn.tv
 * hosts.
 */
export default defineSignature({
  id: 'attentive',
  name: 'Attentive',
  website: 'https://www.attentive.com',
  categories: ['sms', 'email'],
  channels: ['email-sms'],
  stage: 'engage',
  patterns: {
    scriptSrc: ['cdn\\.attn\\.tv/'],
    resources: ['\\.attn\\.tv/'],
    inline: ['cdn\\.attn\\.tv/'],
    globals: ['__attentive'],
  },
  docs: 'https://docs.attentivemobile.com/',
  fixtures: {
    positive: [{ html: '<script src="https://cdn.attn.tv/acme/dtag.js" async></script>' }],
    negative: [
      {
        html: '<p>Be attentive to the dough: <a href="https://attentive.example.org/">attentive cooks</a>.</p>',
      },
    ],
  },
});
