import { defineSignature } from '../types';

/**
 * Rivo loyalty for Shopify: the widget runtime exposes window.Rivo, RivoJS and RivoAPI, and the
 * account widget uses rivo-ax- prefixed attributes; assets come from rivo.io hosts.
 */
export default defineSignature({
  id: 'rivo',
  name: 'Rivo',
  website: 'https://www.rivo.io',
  categories: ['loyalty', 'referral'],
  channels: ['loyalty-referral'],
  stage: 'engage',
  patterns: {
    resources: ['[./]rivo\\.io/'],
    inline: ['\\bRivoJS\\.', 'window\\.Rivo\\s*='],
    dom: ['[rivo-ax-*]'],
    globals: ['Rivo', 'RivoJS', 'RivoAPI'],
  },
  docs: 'https://developer-docs.rivo.io/docs/rivo-account-widget-sdk',
  fixtures: {
    positive: [
      { html: '<div></div>', globals: ['RivoJS', 'Rivo'] },
      {
        html: '<script>document.addEventListener("rivo-js-loaded", function(){ RivoJS.openWidget({page: "ways_to_earn"}); });</script>',
      },
    ],
    negative: [{ html: '<p>Rivoli Street cafe: <a href="https://example.com/rivoli">rivoli</a></p>' }],
  },
});
