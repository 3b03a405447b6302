import { defineSignature } from '../types';

/** Hotjar heatmaps, recordings and surveys: conversion research. */
export default defineSignature({
  id: 'hotjar',
  name: 'Hotjar',
  website: 'https://www.hotjar.com/',
  categories: ['analytics', 'session-replay', 'cro'],
  channels: [],
  stage: 'convert',
  docs: 'https://help.hotjar.com/hc/en-us/articles/115009336727-How-to-Install-Your-Hotjar-Tracking-Code',
  patterns: {
    scriptSrc: ['static\\.hotjar\\.com/c/hotjar-'],
    resources: ['script\\.hotjar\\.com/modules\\.', 'vars\\.hotjar\\.com/'],
    inline: ['_hjSettings\\s*=\\s*\\{\\s*hjid\\s*:', 'static\\.hotjar\\.com/c/hotjar-'],
    globals: ['hj', '_hjSettings'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:1234567,hjsv:6};
a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);
})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');</script>`,
      },
    ],
    negative: [
      { html: '<a href="https://www.hotjar.com/blog/heatmaps/">What heatmaps show</a>' },
    ],
  },
});
