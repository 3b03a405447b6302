import { defineSignature } from '../types';

/** Google Analytics 4 through gtag.js (measurement ids start with G-). */
export default defineSignature({
  id: 'google-analytics',
  name: 'Google Analytics 4',
  website: 'https://marketingplatform.google.com/about/analytics/',
  categories: ['analytics'],
  channels: [],
  stage: 'plan',
  docs: 'https://developers.google.com/tag-platform/gtagjs/install',
  patterns: {
    scriptSrc: ['googletagmanager\\.com/gtag/js\\?(?:[^#]*&)?id=G-'],
    resources: ['(?:google-analytics|analytics\\.google)\\.com/g/collect\\?'],
    inline: ['gtag\\(\\s*[\'"]config[\'"]\\s*,\\s*[\'"]G-[A-Z0-9]{4,}'],
    cookies: ['_ga_*'],
  },
  fixtures: {
    positive: [
      {
        html: `<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-ABC123XYZ9');</script>`,
      },
      { html: '<p>fired by GTM</p>', resources: ['https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123XYZ9&en=page_view'] },
    ],
    negative: [
      { html: '<script async src="https://www.googletagmanager.com/gtag/js?id=AW-123456789"></script><p>Read the Google Analytics guide at <a href="https://support.google.com/analytics">support</a></p>' },
    ],
  },
});
