import { defineSignature } from '../types';

/** The older analytics.js / ga.js tags and gtag with UA- property ids. */
export default defineSignature({
  id: 'universal-analytics',
  name: 'Google Universal Analytics',
  website: 'https://support.google.com/analytics/answer/10269537',
  categories: ['analytics'],
  channels: [],
  stage: 'plan',
  docs: 'https://developers.google.com/analytics/devguides/collection/analyticsjs',
  patterns: {
    scriptSrc: ['google-analytics\\.com/(?:analytics|ga)\\.js', 'googletagmanager\\.com/gtag/js\\?(?:[^#]*&)?id=UA-'],
    resources: ['google-analytics\\.com/(?:r/)?collect\\?v=1'],
    inline: [
      'ga\\(\\s*[\'"]create[\'"]\\s*,\\s*[\'"]UA-',
      '_gaq\\.push\\(\\s*\\[\\s*[\'"]_setAccount',
      'gtag\\(\\s*[\'"]config[\'"]\\s*,\\s*[\'"]UA-\\d+',
      'google-analytics\\.com/analytics\\.js',
      // The legacy loader builds its URL by concatenation: ('https:' == … ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js'
      '[\'"]\\.google-analytics\\.com/(?:ga|urchin)\\.js',
      '_gat\\._(?:get|create)Tracker\\(',
    ],
    globals: ['GoogleAnalyticsObject', '_gaq'],
  },
  fixtures: {
    positive: [
      {
        html: `<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),
m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
ga('create', 'UA-12345678-1', 'auto');ga('send', 'pageview');</script>`,
      },
      {
        html: `<script type="text/javascript">var pageTracker; (function() { var ga = document.createElement('script'); ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js'; document.body.appendChild(ga); })();</script>`,
      },
      { html: `<script>document.write(unescape("%3Cscript src='" + '//www' + '.google-analytics.com/ga.js' + "'%3E%3C/script%3E"));</script>` },
    ],
    negative: [
      { html: '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9"></script><p>Universal Analytics (UA-) properties stopped processing data in 2023.</p>' },
    ],
  },
});
