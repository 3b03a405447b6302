/**
 * Yahoo search (search.yahoo.com and its country sites; results and ads come from Bing).
 * Results are `div.algo` blocks whose `h3` title link goes through `r.search.yahoo.com/…/RU=<url>/RK=…`,
 * the target URL-encoded in the path; ads are the `searchCenterTopAds` / `searchCenterBottomAds`
 * lists (and the right rail), whose clicks wrap Bing's `aclick`.
 */
import { defineAdapter } from '../types';
import { readSerp, type EngineProfile } from '../serp-page';

const PROFILE: EngineProfile = {
  engine: 'yahoo',
  platform: 'yahoo',
  queryParams: ['p', 'q'],
  queryInput: 'input[name="p"]',
  titleLinks: 'div.algo h3 a, .algo-sr h3 a',
  adBlocks: '.searchCenterTopAds > li, .searchCenterBottomAds > li, .searchRightTopAds > li, .searchRightBottomAds > li, li:has(> .ads)',
  bottomAds: '.searchCenterBottomAds',
  sideAds: '.searchRightTopAds, .searchRightBottomAds, #right',
  snippet: '.compText p, .compText',
  displayUrl: '.compTitle span.fz-ms, .compTitle .d-ib.va-mid, span.txt cite, .compTitle cite',
  notRanked: '.CommerceDeal, .grp-pla, .AlsoTry, .compArticleList, .compDlink, .compList, .SideTopNews, .TopNews, #right .dd:not(.ads)',
};

export default defineAdapter({
  matches: [/^https?:\/\/(?:[a-z]{2}\.)?search\.yahoo\.(?:com|co\.jp|[a-z]{2,3})\/(?:search|yhs\/search)/i],
  detect(doc) {
    return doc.$()('#web, #main .algo, .searchCenterTopAds, #results').length ? 'serp' : null;
  },
  extract(doc, capture) {
    return readSerp(doc.$(), capture.url, PROFILE);
  },
});
