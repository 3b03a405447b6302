import { defineSignature } from '../types';

/**
 * Optimizely Web: the project snippet cdn.optimizely.com/js/<projectId>.js (or cdn-pci /
 * public/<account>/s/<project>.js) and window.optimizely.
 */
export default defineSignature({
  id: 'optimizely',
  name: 'Optimizely Web Experimentation',
  website: 'https://www.optimizely.com',
  categories: ['ab-testing', 'cro', 'personalisation'],
  channels: [],
  stage: 'convert',
  patterns: {
    scriptSrc: ['cdn(?:-pci)?\\.optimizely\\.com/(?:js|public)/'],
    inline: [
      'cdn(?:-pci)?\\.optimizely\\.com/(?:js|public)/',
      'window\\[[\'"]optimizely[\'"]\\]\\s*=\\s*window\\[[\'"]optimizely[\'"]\\]',
    ],
    resources: ['logx\\.optimizely\\.com/'],
    globals: ['optimizely'],
  },
  docs: 'https://docs.developers.optimizely.com/',
  fixtures: {
    positive: [{ html: '<script src="https://cdn.optimizely.com/js/1234567890.js"></script>' }],
    negative: [
      {
        html: '<p>We use <a href="https://www.optimizely.com/">Optimizely</a> CMS.</p><script src="/assets/optimized.js"></script>',
      },
    ],
  },
});
