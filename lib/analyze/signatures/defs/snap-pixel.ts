import { defineSignature } from '../types';

export default defineSignature({
  id: 'snap-pixel',
  name: 'Snap Pixel',
  website: 'https://businesshelp.snapchat.com/s/article/snap-pixel-about',
  categories: ['advertising'],
  channels: ['paid-social'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['sc-static\\.net/scevent\\.min\\.js'],
    resources: ['tr\\.snapchat\\.com/'],
    inline: ['snaptr\\(\\s*[\'"]init[\'"]', 'sc-static\\.net/scevent\\.min\\.js'],
    cookies: ['_scid'],
    globals: ['snaptr'],
  },
  fixtures: {
    positive: [
      {
        html: `<script type='text/javascript'>(function(e,t,n){if(e.snaptr)return;var a=e.snaptr=function(){a.handleRequest?a.handleRequest.apply(a,arguments):a.queue.push(arguments)};
a.queue=[];var s='script';r=t.createElement(s);r.async=!0;r.src=n;var u=t.getElementsByTagName(s)[0];u.parentNode.insertBefore(r,u);})(window,document,
'https://sc-static.net/scevent.min.js');snaptr('init', 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', {'user_email': '__INSERT_USER_EMAIL__'});snaptr('track', 'PAGE_VIEW');</script>`,
      },
    ],
    negative: [
      { html: '<a href="https://www.snapchat.com/add/myshop">Add us on Snapchat</a><img src="https://snapchat.com/static/logo.png">' },
    ],
  },
});
