import { defineSignature } from '../types';

/** WordPress: the CMS behind most blogs, evidence of content marketing. */
export default defineSignature({
  id: 'wordpress',
  name: 'WordPress',
  website: 'https://wordpress.org/',
  categories: ['cms'],
  channels: ['seo-content'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['/wp-includes/js/', '/wp-content/(?:themes|plugins)/'],
    resources: ['/wp-includes/', '/wp-content/(?:themes|plugins)/', '/wp-json/'],
    meta: { generator: '^WordPress\\b' },
  },
  fixtures: {
    positive: [
      {
        html: `<meta name="generator" content="WordPress 6.5.3"><link rel="https://api.w.org/" href="https://blog.example.com/wp-json/">
<script src="https://blog.example.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>`,
      },
    ],
    negative: [
      { html: '<a href="https://wordpress.org/plugins/">WordPress plugins</a><p>Our wp-content guide is coming soon.</p>' },
    ],
  },
});
