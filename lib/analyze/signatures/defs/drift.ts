import { defineSignature } from '../types';

/**
 * Drift widget snippet: the drift SNIPPET_VERSION stub loading js.driftt.com/include/<ts>/<id>.js,
 * then drift.load(id).
 */
export default defineSignature({
  id: 'drift',
  name: 'Drift',
  website: 'https://www.drift.com',
  categories: ['live-chat', 'cro'],
  channels: ['chat-messaging'],
  stage: 'convert',
  patterns: {
    scriptSrc: ['js\\.driftt\\.com/'],
    inline: ['\\bdrift\\.load\\(', 'js\\.driftt\\.com/include/'],
    globals: ['driftt'],
  },
  docs: 'https://devdocs.drift.com/',
  fixtures: {
    positive: [
      {
        html: '<script>"use strict";!function(){var t=window.driftt=window.drift=window.driftt||[];if(!t.init){t.invoked=!0,t.methods=["identify","track"],t.factory=function(e){return function(){var n=Array.prototype.slice.call(arguments);return n.unshift(e),t.push(n),t}},t.load=function(t){var e=3e5,n=Math.ceil(new Date/e)*e,o=document.createElement("script");o.type="text/javascript",o.async=!0,o.crossorigin="anonymous",o.src="https://js.driftt.com/include/"+n+"/"+t+".js";var i=document.getElementsByTagName("script")[0];i.parentNode.insertBefore(o,i)}}}();drift.SNIPPET_VERSION="0.3.1";drift.load("abc123");</script>',
      },
    ],
    negative: [{ html: '<p>Continental drift and snow drifts. <a href="https://example.com/drift">drift</a></p>' }],
  },
});
