import { defineSignature } from '../types';

/**
 * Taggbox / Tagembed social wall embeds: widget.taggbox.com/embed(-lite).min.js or
 * widget.tagembed.com/embed.min.js with a .taggbox or .tagembed-widget container (data-widget-id).
 */
export default defineSignature({
  id: 'taggbox',
  name: 'Taggbox (Tagembed)',
  website: 'https://taggbox.com',
  categories: ['social', 'ugc', 'feeds'],
  channels: ['organic-social'],
  stage: 'act',
  patterns: {
    scriptSrc: ['widget\\.taggbox\\.com/', 'widget\\.tagembed\\.com/'],
    inline: ['widget\\.(?:taggbox|tagembed)\\.com/'],
    dom: ['.taggbox', '.tagembed-widget', '.tagembed-container'],
  },
  docs: 'https://taggbox.com',
  fixtures: {
    positive: [
      {
        html: '<div class="taggbox" style="width:100%;height:100%" data-widget-id="12345" data-tags="false"></div><script src="https://widget.taggbox.com/embed-lite.min.js" type="text/javascript"></script>',
      },
    ],
    negative: [{ html: '<p>Tag box on the shelf. <a href="https://taggbox.com/">taggbox.com</a></p>' }],
  },
});
