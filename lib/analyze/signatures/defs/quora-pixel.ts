import { defineSignature } from '../types';

export default defineSignature({
  id: 'quora-pixel',
  name: 'Quora Pixel',
  website: 'https://www.quora.com/business/',
  categories: ['advertising'],
  channels: ['paid-social'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['a\\.quora\\.com/qevents\\.js'],
    resources: ['q\\.quora\\.com/_/ad/'],
    inline: ['qp\\(\\s*[\'"]init[\'"]', 'a\\.quora\\.com/qevents\\.js'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>!function(q,e,v,n,t,s){if(q.qp) return; n=q.qp=function(){n.qp?n.qp.apply(n,arguments):n.queue.push(arguments);}; n.queue=[];t=document.createElement(e);t.async=!0;
t.src=v; s=document.getElementsByTagName(e)[0]; s.parentNode.insertBefore(t,s);}(window, 'script', 'https://a.quora.com/qevents.js');qp('init', 'abcdef0123456789');qp('track', 'ViewContent');</script>
<noscript><img height="1" width="1" style="display:none" src="https://q.quora.com/_/ad/abcdef0123456789/pixel?tag=ViewContent&noscript=1"/></noscript>`,
      },
    ],
    negative: [
      { html: '<a href="https://www.quora.com/What-is-the-best-pad-thai-recipe">Asked on Quora</a>' },
    ],
  },
});
