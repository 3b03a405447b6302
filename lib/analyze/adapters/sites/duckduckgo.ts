/**
 * DuckDuckGo (the JavaScript result page). Results and ads are `article` cards marked with
 * `data-testid` ("result", "ad"); ad links go through `duckduckgo.com/y.js` with the Bing click
 * inside `u3`, which carries the advertiser's URL.
 */
import { defineAdapter } from '../types';
import { readSerp, type EngineProfile } from '../serp-page';

const PROFILE: EngineProfile = {
  engine: 'duckduckgo',
  platform: 'duckduckgo',
  queryParams: ['q'],
  queryInput: 'input[name="q"]',
  titleLinks: 'a[data-testid="result-title-a"]',
  adBlocks: '[data-testid="ad"], li[data-layout="ad"], .result--ad',
  snippet: '[data-result="snippet"], .result__snippet',
  displayUrl: '[data-testid="result-extras-url-link"], .result__url',
  notRanked: '[data-testid="news"], [data-testid="videos"], .module',
};

export default defineAdapter({
  matches: [/^https?:\/\/(?:html\.|lite\.|start\.)?duckduckgo\.com\/(?:html\/?)?\?(?:.*&)?q=/i],
  detect(doc) {
    return doc.$()('[data-testid="result"], [data-testid="ad"], .result, #links').length ? 'serp' : null;
  },
  extract(doc, capture) {
    return readSerp(doc.$(), capture.url, PROFILE);
  },
});
