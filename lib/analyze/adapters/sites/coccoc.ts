/**
 * Coc Coc search (Vietnam). The page is a React app with generated class names, so it is read by
 * structure alone: results are `h3` title links; ads are the blocks labelled "Quảng cáo"
 * (or "Ad"), whose links go through Coc Coc's click redirect with the target in `url` / `u`.
 */
import { defineAdapter } from '../types';
import { readSerp, type EngineProfile } from '../serp-page';

const PROFILE: EngineProfile = {
  engine: 'coccoc',
  platform: 'coccoc',
  queryParams: ['query'],
  queryInput: 'input[name="query"]',
  adBlocks: '[data-ad], [data-type="ads"] > *',
};

export default defineAdapter({
  matches: [/^https?:\/\/(?:www\.)?coccoc\.com\/search\/?(?:[?#]|$)/i],
  detect(doc) {
    const $ = doc.$();
    return $('h3 a, a h3').length || $('[data-type="ads"]').length ? 'serp' : null;
  },
  extract(doc, capture) {
    return readSerp(doc.$(), capture.url, PROFILE);
  },
});
