import { defineSignature } from '../types';

/** A link to the shop's Tiki (Vietnam) storefront: tiki.vn/cua-hang/<name>. */
export default defineSignature({
  id: 'tiki-store',
  name: 'Tiki store',
  website: 'https://tiki.vn/',
  categories: ['marketplace'],
  channels: ['shopping-marketplaces'],
  stage: 'convert',
  patterns: {
    links: ['tiki\\.vn/cua-hang/[\\w-]+'],
  },
  fixtures: {
    positive: [
      { html: '<a href="https://tiki.vn/cua-hang/myshop-official">Mua trên Tiki</a>' },
    ],
    negative: [
      { html: '<a href="https://tiki.vn/">Tiki</a><a href="https://tiki.vn/search?q=coc">search</a>' },
    ],
  },
});
