import { defineSignature } from '../types';

/**
 * Judge.me product reviews: the jdgm settings object (jdgm.SHOP_DOMAIN), widget scripts from
 * cdn.judge.me / cdnwidget.judge.me, and .jdgm-* widgets.
 */
export default defineSignature({
  id: 'judge-me',
  name: 'Judge.me',
  website: 'https://judge.me',
  categories: ['reviews'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn(?:widget)?\\.judge\\.me/'],
    resources: ['cdn(?:widget)?\\.judge\\.me/'],
    inline: ['\\bjdgm\\.SHOP_DOMAIN\\b', 'window\\.jdgm\\s*=', 'cdn\\.judge\\.me/'],
    dom: ['.jdgm-widget', '.jdgm-preview-badge', '#judgeme_product_reviews', '.jdgm-review-widget'],
    globals: ['jdgm'],
  },
  docs: 'https://judge.me/help',
  fixtures: {
    positive: [
      {
        html: '<script>jdgm = window.jdgm || {};jdgm.SHOP_DOMAIN = \'acme.myshopify.com\';jdgm.PLATFORM = \'shopify\';</script><script data-cfasync=\'false\' type=\'text/javascript\' async src=\'https://cdn.judge.me/widget_preloader.js\'></script>',
      },
      {
        html: '<div style="clear:both"></div><div id="judgeme_product_reviews" class="jdgm-widget jdgm-review-widget" data-id="123"></div>',
      },
    ],
    negative: [
      {
        html: '<p>Don\'t judge me, just try it. <a href="https://judge.me/reviews">Judge.me reviews</a></p>',
      },
    ],
  },
});
