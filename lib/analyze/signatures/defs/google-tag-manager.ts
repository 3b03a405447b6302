import { defineSignature } from '../types';

export default defineSignature({
  id: 'google-tag-manager',
  name: 'Google Tag Manager',
  website: 'https://tagmanager.google.com/',
  categories: ['tag-manager'],
  channels: [],
  stage: 'plan',
  docs: 'https://developers.google.com/tag-platform/tag-manager/web',
  patterns: {
    scriptSrc: ['googletagmanager\\.com/gtm\\.js'],
    resources: ['googletagmanager\\.com/ns\\.html\\?id=GTM-'],
    inline: ['googletagmanager\\.com/gtm\\.js', '[\'"]gtm\\.start[\'"]'],
    globals: ['google_tag_manager'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-ABC1234');</script>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-ABC1234" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>`,
      },
    ],
    negative: [
      { html: '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9"></script><script>window.dataLayer=window.dataLayer||[];</script>' },
    ],
  },
});
