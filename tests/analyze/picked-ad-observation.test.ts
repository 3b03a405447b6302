/**
 * A picked ad is the ad: on a real news article (MacRumors, from the metascraper corpus, with a
 * display ad slot added the way ad servers write them), the observation of the pick holds the
 * ad's landing URL, its utm_ parameters, the ad server and the article as placement, and none of
 * the article's technologies, social accounts or messaging.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../lib/analyze/analyze';
import { parsePage } from '../../lib/analyze/document';
import { pickedFromPage } from '../../lib/analyze/adapters/sites/picked-ad';
import { adServerOf } from '../../lib/analyze/ads/ad-servers';

const ARTICLE_URL = 'https://www.macrumors.com/2016/05/24/apple-siri-sdk-amazon-echo-competitor/';
const article = readFileSync(resolve(process.cwd(), '../shared/corpus/metascraper/packages/metascraper/test/integration/mac-rumors/input.html'), 'utf8');
const LANDING = 'https://www.northwind-running.example/sale?utm_source=macrumors&utm_medium=display&utm_campaign=spring_sale&utm_content=300x250';
const AD = `<div id="rs-ad" class="ad-slot"><span>Advertisement</span><a href="https://adclick.g.doubleclick.net/pcs/click?xai=AKAOjsu&sig=Cg0ArKJSzA&adurl=${encodeURIComponent(LANDING)}"><img src="https://tpc.googlesyndication.com/simgad/1234567" width="300" height="250" alt="Spring sale: 30% off running shoes"></a><h3>Spring sale at Northwind Running</h3><a href="https://adclick.g.doubleclick.net/pcs/click?xai=AKAOjsu&adurl=${encodeURIComponent(LANDING)}">Shop now</a></div>`;
const html = article.replace(/<\/body>/i, `${AD}</body>`);

describe('a picked ad on a news article', () => {
  const host = analyze({ html, url: ARTICLE_URL });
  const picked = pickedFromPage(parsePage(html, ARTICLE_URL), '#rs-ad')!;
  const obs = analyze({ html, url: ARTICLE_URL, picked });
  const ad = obs.ads[0];

  it('the article itself has a stack and social accounts to leave out', () => {
    expect(host.technologies.length).toBeGreaterThanOrEqual(3);
    expect(host.socialProfiles.length).toBeGreaterThanOrEqual(3);
  });

  it('holds the ad: landing URL decoded, its campaign, the ad server, the creative', () => {
    expect(obs.kind).toBe('ad');
    expect(obs.ads).toHaveLength(1);
    expect(ad.landingUrl).toBe(LANDING);
    expect(ad.advertiserDomain).toBe('northwind-running.example');
    expect(ad.campaign).toMatchObject({ source: 'macrumors', medium: 'display', name: 'spring_sale', content: '300x250', channel: 'display-retargeting' });
    expect(obs.campaign?.name).toBe('spring_sale');
    expect(ad.adServer).toEqual({ id: 'google-ad-manager', name: 'Google Ad Manager / DV360' });
    expect(ad.links).toEqual([LANDING]);
    expect(ad.creativeUrl).toBe('https://tpc.googlesyndication.com/simgad/1234567');
    expect(ad.headline).toBe('Spring sale at Northwind Running');
    expect(ad.cta).toBe('Shop now');
  });

  it('says where it ran, as placement', () => {
    expect(ad.placement).toMatchObject({ url: ARTICLE_URL, domain: 'macrumors.com' });
    expect(ad.placement?.title).toBe(host.page.title);
    expect(obs.domain).toBe('macrumors.com');
  });

  it('carries none of the article\'s technologies, social accounts, forms or messaging', () => {
    expect(obs.technologies).toEqual([]);
    expect(obs.socialProfiles).toEqual([]);
    expect(obs.emailCapture.present).toBe(false);
    expect(obs.messaging.headline).toBe(ad.headline);
    expect(obs.page.description).toBeNull();
    const hostEvidence = new Set(host.technologies.map((t) => t.name));
    for (const c of obs.channels) for (const e of c.evidence) expect(hostEvidence.has(e.value)).toBe(false);
    expect(obs.channels.map((c) => c.channel)).toEqual(['display-retargeting']);
  });
});

describe('ad servers', () => {
  it.each([
    ['https://adclick.g.doubleclick.net/pcs/click?adurl=x', 'google-ad-manager'],
    ['https://googleads.g.doubleclick.net/aclk?adurl=x', 'google-ad-manager'],
    ['https://tpc.googlesyndication.com/simgad/1', 'google-adsense'],
    ['https://trc.taboola.com/example/log/3/click?redir=x', 'taboola'],
    ['https://paid.outbrain.com/network/redir?p=1', 'outbrain'],
    ['https://cat.fr.eu.criteo.com/delivery/ck.php?cppv=1', 'criteo'],
    ['https://www.google.com/aclk?sa=l&adurl=x', 'google-adsense'],
  ])('%s is served by %s', (url, id) => {
    expect(adServerOf([url])?.id).toBe(id);
  });

  it('a plain link to a search engine or a shop is no ad server', () => {
    expect(adServerOf(['https://www.google.com/search?q=x', 'https://shop.example/p'])).toBeNull();
  });
});
