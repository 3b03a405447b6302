import { defineSignature } from '../types';

export default defineSignature({
  id: 'webflow',
  name: 'Webflow',
  website: 'https://webflow.com/',
  categories: ['cms', 'ecommerce-platform'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['assets(?:-global)?\\.website-files\\.com/.+webflow', 'd3e54v103j8qbb\\.cloudfront\\.net/js/jquery'],
    resources: ['(?:assets|cdn\\.prod)(?:-global)?\\.website-files\\.com/'],
    meta: { generator: '^Webflow' },
    dom: ['[data-wf-page]', '[data-wf-site]'],
  },
  fixtures: {
    positive: [
      { html: '<html data-wf-page="0123456789abcdef01234567" data-wf-site="0123456789abcdef76543210"><head><meta content="Webflow" name="generator"></head></html>' },
    ],
    negative: [
      { html: '<a href="https://webflow.com/">Webflow</a><p>Our workflow for new products.</p>' },
    ],
  },
});
