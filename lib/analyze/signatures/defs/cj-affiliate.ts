import { defineSignature } from '../types';

/**
 * CJ Site Tag (www.mczbf.com/tags/<tagId>/tag.js with the cj object), conversion pixels on
 * emjcd.com, and CJ publisher links on its click domains (anrdoezrs.net, dpbolvw.net, jdoqocy.com,
 * kqzyfj.com, tkqlhce.com).
 */
export default defineSignature({
  id: 'cj-affiliate',
  name: 'CJ Affiliate',
  website: 'https://www.cj.com',
  categories: ['affiliate'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    scriptSrc: ['mczbf\\.com/tags/'],
    resources: ['emjcd\\.com/'],
    inline: ['mczbf\\.com/tags/', '\\bcj\\.sitePage\\s*='],
    links: [
      '(?:anrdoezrs|dpbolvw)\\.net/(?:click|links)-?\\d*',
      '(?:jdoqocy|kqzyfj|tkqlhce)\\.com/(?:click|links)-?\\d*',
      '//www\\.(?:anrdoezrs|dpbolvw)\\.net/',
      '//www\\.(?:jdoqocy|kqzyfj|tkqlhce)\\.com/',
    ],
  },
  docs: 'https://developers.cj.com/',
  fixtures: {
    positive: [
      {
        html: '<script type="text/javascript" src="https://www.mczbf.com/tags/123456789/tag.js" async></script>',
      },
      { html: '<a href="https://www.anrdoezrs.net/click-1234567-98765432">Shop now</a>' },
    ],
    negative: [{ html: '<a href="https://www.cj.com/">CJ</a><p>Fresh cj-fried rice.</p>' }],
  },
});
