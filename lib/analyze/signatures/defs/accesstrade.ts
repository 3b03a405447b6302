import { defineSignature } from '../types';

/**
 * ACCESSTRADE (Japan, Vietnam, Thailand, Indonesia, Malaysia): advertiser tracking tags from
 * h.accesstrade.net and static.accesstrade.vn, and publisher links via the network click hosts
 * (h.accesstrade.net/sp/cc, go.isclix.com, click.accesstrade.*).
 */
export default defineSignature({
  id: 'accesstrade',
  name: 'ACCESSTRADE',
  website: 'https://accesstrade.global',
  categories: ['affiliate'],
  channels: ['affiliate'],
  stage: 'reach',
  patterns: {
    scriptSrc: [
      'h\\.accesstrade\\.net/js/',
      'static\\.accesstrade\\.vn/js/',
      '\\.accesstrade\\.(?:in\\.th|co\\.id|com\\.my|vn)/js/',
    ],
    inline: ['h\\.accesstrade\\.net/js/', 'static\\.accesstrade\\.vn/js/'],
    links: [
      'h\\.accesstrade\\.net/sp/cc',
      '//go\\.isclix\\.com/deep_link/',
      '//click\\.accesstrade\\.[a-z.]+/',
      '//atth\\.me/',
    ],
  },
  docs: 'https://accesstrade.global/',
  fixtures: {
    positive: [
      {
        html: '<a href="https://go.isclix.com/deep_link/4348614231480407268/4751584435713464237?url=https%3A%2F%2Fshopee.vn%2Fabc" rel="nofollow">Xem giá</a>',
      },
      { html: '<script src="https://h.accesstrade.net/js/nct/lp.min.js"></script>' },
    ],
    negative: [{ html: '<a href="https://accesstrade.global/">ACCESSTRADE</a><p>Access trade data.</p>' }],
  },
});
