import { defineSignature } from '../types';

/**
 * Flowbox UGC flows: connect.getflowbox.com/flowbox.js and window.flowbox("init", {container,
 * key}).
 */
export default defineSignature({
  id: 'flowbox',
  name: 'Flowbox',
  website: 'https://getflowbox.com',
  categories: ['ugc', 'social', 'influencer'],
  channels: ['influencer'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['connect\\.getflowbox\\.com/'],
    inline: ['\\bflowbox\\(\\s*[\'"]init[\'"]', 'connect\\.getflowbox\\.com/'],
    globals: ['flowbox'],
  },
  docs: 'https://getflowbox.com',
  fixtures: {
    positive: [
      {
        html: '<script>(function(d, id) { if (!window.flowbox) { var f = function () { f.q.push(arguments); }; f.q = []; window.flowbox = f; } if (d.getElementById(id)) {return;} var s = d.createElement("script"), fjs = d.scripts[d.scripts.length - 1]; s.id = id; s.async = true; s.src = "https://connect.getflowbox.com/flowbox.js"; fjs.parentNode.insertBefore(s, fjs); })(document, "flowbox-js-embed");</script><div id="js-flowbox-flow"></div><script>window.flowbox("init", { container: "#js-flowbox-flow", key: "abc", locale: "en-GB" })</script>',
      },
    ],
    negative: [{ html: '<p>Go with the flow, box it up. <a href="/boxes">boxes</a></p>' }],
  },
});
