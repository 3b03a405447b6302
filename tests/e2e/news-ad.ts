/**
 * A real news article (MacRumors, from the corpus) with a display ad slot added right after
 * <body> the way ad servers write one: a 300×250 creative drawn inline (something to crop without
 * any network), its click going through DoubleClick to a shop's sale page with utm_ parameters.
 * The walk test and the screenshots pick this ad.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteProxy } from './proxy';

export const ARTICLE = { url: 'https://www.macrumors.com/2016/05/24/apple-siri-sdk-amazon-echo-competitor/', file: 'metascraper/packages/metascraper/test/integration/mac-rumors/input.html' };
export const LANDING = 'https://www.1000bulbs.com/sale/led-bulbs?utm_source=macrumors&utm_medium=display&utm_campaign=spring_led&utm_content=300x250';
const CLICK = `https://adclick.g.doubleclick.net/pcs/click?xai=AKAOjsu3&sig=Cg0ArKJSzA&adurl=${encodeURIComponent(LANDING)}`;
const CREATIVE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="250"><rect width="300" height="250" fill="#1a73e8"/><text x="20" y="130" font-size="28" fill="#fff">LED bulbs -30%</text></svg>')}`;
const AD_SLOT = `<div id="rs-ad" style="width:300px;margin:16px auto;position:relative;z-index:2147483000;background:#fff"><span style="font-size:10px">Advertisement</span><a href="${CLICK}"><img src="${CREATIVE}" width="300" height="250" alt="LED bulbs, 30% off this spring"></a><h3>Spring LED sale at 1000Bulbs</h3><a href="${CLICK}">Shop now</a></div>`;
/** The ad slot's selector, for the picker. */
export const AD_SELECTOR = '#rs-ad';

/** Serves the article with its ad slot at its real address through the proxy. */
export function routeNewsArticle(proxy: SiteProxy, corpusDir: string): void {
  const article = readFileSync(path.join(corpusDir, ARTICLE.file), 'utf8');
  // Right after <body>, where a leaderboard or an in-article unit would be seen first.
  const body = article.replace(/<body[^>]*>/i, (m) => `${m}${AD_SLOT}`);
  const a = new URL(ARTICLE.url);
  proxy.route(a.hostname + a.pathname, () => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body }));
}
