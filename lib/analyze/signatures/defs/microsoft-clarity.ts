import { defineSignature } from '../types';

export default defineSignature({
  id: 'microsoft-clarity',
  name: 'Microsoft Clarity',
  website: 'https://clarity.microsoft.com/',
  categories: ['analytics', 'session-replay'],
  channels: [],
  stage: 'plan',
  docs: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup',
  patterns: {
    scriptSrc: ['(?:www\\.)?clarity\\.ms/tag/'],
    resources: ['[a-z]\\.clarity\\.ms/collect'],
    inline: ['clarity\\.ms/tag/', '\\(window,\\s*document,\\s*[\'"]clarity[\'"]'],
    globals: ['clarity'],
  },
  fixtures: {
    positive: [
      {
        html: `<script type="text/javascript">(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};
t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);
})(window, document, "clarity", "script", "abcd1234ef");</script>`,
      },
    ],
    negative: [
      { html: '<p>For clarity, the recipe uses ghee (clarified butter).</p><a href="https://clarity.microsoft.com/">Clarity</a>' },
    ],
  },
});
