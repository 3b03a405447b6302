import { defineSignature } from '../types';

/**
 * tawk.to widget: var Tawk_API and embed.tawk.to/<property>/<widget>.
 */
export default defineSignature({
  id: 'tawk-to',
  name: 'tawk.to',
  website: 'https://www.tawk.to',
  categories: ['live-chat'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['embed\\.tawk\\.to/'],
    inline: ['\\bTawk_API\\b', 'embed\\.tawk\\.to/'],
    globals: ['Tawk_API', 'Tawk_LoadStart'],
  },
  docs: 'https://developer.tawk.to/jsapi/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript">var Tawk_API=Tawk_API||{}, Tawk_LoadStart=new Date();(function(){var s1=document.createElement("script"),s0=document.getElementsByTagName("script")[0];s1.async=true;s1.src=\'https://embed.tawk.to/abc123/default\';s1.charset=\'UTF-8\';s1.setAttribute(\'crossorigin\',\'*\');s0.parentNode.insertBefore(s1,s0);})();</script>',
      },
    ],
    negative: [{ html: '<p>Talk to us: <a href="mailto:hi@example.com">email</a></p>' }],
  },
});
