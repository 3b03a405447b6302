import { defineSignature } from '../types';

/**
 * Zendesk Web Widget / messaging: static.zdassets.com/ekr/snippet.js?key=… in script#ze-snippet,
 * zE() calls; legacy Zendesk Chat (Zopim) v2.zopim.com and $zopim. A link to a Zendesk help centre
 * is not the widget.
 */
export default defineSignature({
  id: 'zendesk-chat',
  name: 'Zendesk Web Widget (Zopim)',
  website: 'https://www.zendesk.com/service/messaging/',
  categories: ['live-chat', 'helpdesk'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['static\\.zdassets\\.com/ekr/', 'v2\\.zopim\\.com/', '\\.zopim\\.com/'],
    inline: [
      '\\$zopim\\b',
      '\\bzE\\(\\s*[\'"](?:webWidget|messenger)',
      'window\\.zESettings\\s*=',
      'static\\.zdassets\\.com/ekr/',
      'v2\\.zopim\\.com/',
    ],
    dom: ['#ze-snippet'],
    globals: ['$zopim', 'zESettings'],
  },
  docs: 'https://developer.zendesk.com/api-reference/widget-messaging/introduction/',
  fixtures: {
    positive: [
      {
        html: '<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=abc-123"></script>',
      },
      {
        html: '<script>window.$zopim||(function(d,s){var z=$zopim=function(c){z._.push(c)},$=z.s=d.createElement(s),e=d.getElementsByTagName(s)[0];z.set=function(o){z.set._.push(o)};z._=[];z.set._=[];$.async=!0;$.setAttribute("charset","utf-8");$.src="https://v2.zopim.com/?abc";z.t=+new Date;$.type="text/javascript";e.parentNode.insertBefore($,e)})(document,"script");</script>',
      },
    ],
    negative: [{ html: '<a href="https://acme.zendesk.com/hc/en-us/requests/new">Contact support</a>' }],
  },
});
