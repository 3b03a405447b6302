import { defineSignature } from '../types';

/**
 * PowerReviews display: ui.powerreviews.com/stable/4.1/ui.js and POWERREVIEWS.display.render into
 * #pr-reviewdisplay / #pr-reviewsnippet.
 */
export default defineSignature({
  id: 'powerreviews',
  name: 'PowerReviews',
  website: 'https://www.powerreviews.com',
  categories: ['reviews', 'ugc'],
  channels: ['reviews'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['ui\\.powerreviews\\.com/'],
    inline: ['\\bPOWERREVIEWS\\.display\\.render\\('],
    dom: ['#pr-reviewdisplay', '#pr-reviewsnippet', '.pr-snippet'],
    globals: ['POWERREVIEWS'],
  },
  docs: 'https://developers.powerreviews.com/',
  fixtures: {
    positive: [
      {
        html: '<script src="https://ui.powerreviews.com/stable/4.1/ui.js" async></script><div id="pr-reviewdisplay"></div><script>window.pwr = window.pwr || function () { (pwr.q = pwr.q || []).push(arguments); }; pwr("render", { api_key: "abc", locale: "en_US", merchant_group_id: "1", merchant_id: "2", page_id: "123", components: { ReviewDisplay: "pr-reviewdisplay" } });</script>',
      },
    ],
    negative: [{ html: '<p>Powerful reviews! <a href="https://www.powerreviews.com/">powerreviews.com</a></p>' }],
  },
});
