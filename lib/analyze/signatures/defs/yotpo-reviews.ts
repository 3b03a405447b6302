import { defineSignature } from '../types';

/**
 * Yotpo reviews: the classic widget staticw2.yotpo.com/<appKey>/widget.js with .yotpo-main-widget
 * / .yotpo.bottomLine placeholders, and the v3 widgets loader
 * cdn-widgetsrepository.yotpo.com/v1/loader/<key>.
 */
export default defineSignature({
  id: 'yotpo-reviews',
  name: 'Yotpo Reviews',
  website: 'https://www.yotpo.com/platform/reviews/',
  categories: ['reviews', 'ugc'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['staticw2\\.yotpo\\.com/', 'cdn-widgetsrepository\\.yotpo\\.com/v1/loader/'],
    inline: ['staticw2\\.yotpo\\.com/', 'cdn-widgetsrepository\\.yotpo\\.com/'],
    dom: [
      '.yotpo-main-widget',
      '.yotpo-reviews-star-ratings-widget',
      '.yotpo-widget-instance',
      '.yotpo-display-wrapper',
    ],
    globals: ['yotpo', 'Yotpo', 'yotpoWidgetsContainer'],
  },
  docs: 'https://support.yotpo.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript">(function e(){var e=document.createElement("script");e.type="text/javascript",e.async=true,e.src="//staticw2.yotpo.com/AbCdEfG123/widget.js";var t=document.getElementsByTagName("script")[0];t.parentNode.insertBefore(e,t)})();</script><div class="yotpo yotpo-main-widget" data-product-id="123" data-name="Tee"></div>',
      },
      { html: '<script src="https://cdn-widgetsrepository.yotpo.com/v1/loader/AbCdEfG123" async></script>' },
    ],
    negative: [{ html: '<p>Yotpo case study: <a href="https://www.yotpo.com/blog/">yotpo.com/blog</a></p>' }],
  },
});
