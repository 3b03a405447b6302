import { defineSignature } from '../types';

/**
 * Elfsight widgets (Instagram feed, WhatsApp chat, reviews, etc.): the platform script
 * (static.elfsight.com/platform/platform.js, elfsightcdn.com/platform.js, older
 * apps.elfsight.com/p/platform.js) and elfsight-app-<uuid> containers.
 */
export default defineSignature({
  id: 'elfsight',
  name: 'Elfsight',
  website: 'https://elfsight.com',
  categories: ['social', 'ugc', 'feeds'],
  channels: ['organic-social'],
  stage: 'act',
  patterns: {
    scriptSrc: ['static\\.elfsight\\.com/platform/', 'elfsightcdn\\.com/platform', 'apps\\.elfsight\\.com/p/'],
    inline: ['static\\.elfsight\\.com/platform/', 'apps\\.elfsight\\.com/p/'],
    dom: ['[data-elfsight-app-lazy]', '.elfsight-app-*'],
  },
  docs: 'https://help.elfsight.com/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://static.elfsight.com/platform/platform.js" async></script><div class="elfsight-app-0123abcd-4567-89ef-0123-456789abcdef" data-elfsight-app-lazy></div>',
      },
    ],
    negative: [{ html: '<p>An elf sighting! <a href="https://elfsight.com/">elfsight.com</a></p>' }],
  },
});
