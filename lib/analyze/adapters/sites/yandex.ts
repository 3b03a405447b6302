/**
 * Yandex web search. Results are `li.serp-item` cards whose title link holds an `h2`; ads are
 * the cards labelled "Реклама" (or "Ad", "Reklam"), marked by Yandex with `data-fast-name`
 * "direct". Ad clicks go through `yabs.yandex.ru/count/…`, an opaque token: the landing URL is
 * unknown there and the advertiser's domain comes from the display path.
 */
import { defineAdapter } from '../types';
import { readSerp, type EngineProfile } from '../serp-page';

const PROFILE: EngineProfile = {
  engine: 'yandex',
  platform: 'yandex',
  queryParams: ['text'],
  queryInput: 'input[name="text"]',
  titleLinks: 'a.OrganicTitle-Link, a.organic__url',
  adBlocks: 'li.serp-item[data-fast-name="direct"], li.serp-item:has(.label_theme_direct)',
  snippet: '.OrganicTextContentSpan, .organic__content-wrapper .text-container, .TextContainer',
  displayUrl: '.Path, .organic__path',
  notRanked: '[data-fast-name="entity_search"], [data-fast-wzrd]',
};

export default defineAdapter({
  matches: [/^https?:\/\/(?:www\.)?yandex\.(?:ru|com|com\.tr|kz|by|uz)\/search\/?(?:touch\/)?\?/i, /^https?:\/\/(?:www\.)?ya\.ru\/search\/?\?/i],
  detect(doc) {
    return doc.$()('li.serp-item, #search-result').length ? 'serp' : null;
  },
  extract(doc, capture) {
    return readSerp(doc.$(), capture.url, PROFILE);
  },
});
