import { defineSignature } from '../types';

export default defineSignature({
  id: 'plausible',
  name: 'Plausible Analytics',
  website: 'https://plausible.io/',
  categories: ['analytics'],
  channels: [],
  stage: 'plan',
  docs: 'https://plausible.io/docs/plausible-script',
  patterns: {
    scriptSrc: ['plausible\\.io/js/'],
    resources: ['plausible\\.io/api/event'],
    inline: ['window\\.plausible\\s*=\\s*window\\.plausible\\s*\\|\\|'],
    globals: ['plausible'],
  },
  fixtures: {
    positive: [
      { html: '<script defer data-domain="myshop.com" src="https://plausible.io/js/script.js"></script><script>window.plausible = window.plausible || function() { (window.plausible.q = window.plausible.q || []).push(arguments) }</script>' },
    ],
    negative: [
      { html: '<p>A plausible explanation: the dough was too wet.</p><a href="https://plausible.io/">Plausible</a>' },
    ],
  },
});
