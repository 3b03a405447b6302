import { defineSignature } from '../types';

export default defineSignature({
  id: 'reddit-pixel',
  name: 'Reddit Pixel',
  website: 'https://business.reddithelp.com/s/article/reddit-pixel',
  categories: ['advertising'],
  channels: ['paid-social'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['redditstatic\\.com/ads/pixel\\.js'],
    resources: ['alb\\.reddit\\.com/rp\\.gif'],
    inline: ['rdt\\(\\s*[\'"]init[\'"]', 'redditstatic\\.com/ads/pixel\\.js'],
    globals: ['rdt'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>!function(w,d){if(!w.rdt){var p=w.rdt=function(){p.sendEvent?p.sendEvent.apply(p,arguments):p.callQueue.push(arguments)};p.callQueue=[];
var t=d.createElement("script");t.src="https://www.redditstatic.com/ads/pixel.js",t.async=!0;var s=d.getElementsByTagName("script")[0];
s.parentNode.insertBefore(t,s)}}(window,document);rdt('init','a2_abcdefgh1234');rdt('track', 'PageVisit');</script>`,
      },
    ],
    negative: [
      { html: '<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/recipes/comments/abc/">post</a></blockquote><script async src="https://embed.reddit.com/widgets.js"></script>' },
    ],
  },
});
