import { defineSignature } from '../types';

export default defineSignature({
  id: 'yandex-metrica',
  name: 'Yandex Metrica',
  website: 'https://metrica.yandex.com/',
  categories: ['analytics', 'session-replay'],
  channels: [],
  stage: 'plan',
  docs: 'https://yandex.com/support/metrica/code/counter-initialize.html',
  patterns: {
    scriptSrc: ['mc\\.yandex\\.(?:ru|com|by|kz|com\\.tr)/metrika/(?:tag|watch)\\.js'],
    resources: ['mc\\.yandex\\.(?:ru|com|by|kz|com\\.tr)/watch/\\d+'],
    inline: ['ym\\(\\s*\\d+\\s*,\\s*[\'"]init[\'"]', 'mc\\.yandex\\.(?:ru|com)/metrika/tag\\.js', 'yaCounter\\d+\\s*=\\s*new Ya\\.Metrika'],
    globals: ['ym'],
  },
  fixtures: {
    positive: [
      {
        html: `<script type="text/javascript">(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};m[i].l=1*new Date();
k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
ym(12345678, "init", {clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/12345678" style="position:absolute; left:-9999px;" alt="" /></div></noscript>`,
      },
    ],
    negative: [
      { html: '<script src="https://yastatic.net/share2/share.js"></script><div class="ya-share2" data-services="vkontakte,telegram"></div>' },
    ],
  },
});
