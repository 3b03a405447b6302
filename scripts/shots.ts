/**
 * `npm run shots`: screenshots of every panel view at 420 px in English, Thai and Arabic, after
 * clipping a few real saved pages (shops from the corpus, a Google and a Bing results page on
 * their real hosts through the local proxy, and an ad picked on a news article), plus a
 * competitor's profile and the picked ad's clip. For people to look at before a release; writes PNGs
 * to the folder given (default /tmp/racescout-shots) and prints their paths.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { clipUrl, launchExtension, pickAdAt, readTable } from '../tests/e2e/harness';
import { startProxy } from '../tests/e2e/proxy';
import { AD_SELECTOR, ARTICLE, routeNewsArticle } from '../tests/e2e/news-ad';
import { TABS } from '../components/route-hash';

const out = process.argv[2] ?? '/tmp/racescout-shots';
const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus');

/**
 * Four shops of four owners (saved product pages at the addresses the corpus gives), two search
 * pages on their engines' hosts, and a news article with a display ad slot to pick, as a marketer
 * would browse them. Marketplaces are venues, not shops, so none is taken here.
 */
const SHOPS = [
  { url: 'http://brooklynbrewshop.com/beer-making-kits/hard-cider-kit', file: 'formasaurus/html/brooklynbrewshop.com-1.html' },
  { url: 'https://well.ca/products/head-and-shoulders-men-full-thick_87329.html?cat=340', file: 'formasaurus/html/well.ca-6.html' },
  { url: 'https://www.1000bulbs.com/product/113695/EIKO-H11BCVSUBP1.html', file: 'formasaurus/html/www.1000bulbs.com-4.html' },
  { url: 'https://www.ctshirts.co.uk/mens-casualwear/mens-shorts/Navy-and-black-seersucker-Classic-fit-shorts', file: 'formasaurus/html/www.ctshirts.co.uk-5.html' },
];
const SERPS = [
  { url: 'https://www.google.com/search?hl=en&lr=lang_en&q=buy+domain', file: 'real-serps/pages/junan__google-scraper__buy-domain-en-TH.html' },
  { url: 'https://www.bing.com/search?q=javascript+tutorial', file: 'real-serps/pages/sanguinary-bus__web-search-mcp__javascript-tutorial-http.html' },
];
async function main() {
  mkdirSync(out, { recursive: true });
  const proxy = await startProxy();
  for (const p of [...SHOPS, ...SERPS]) {
    const u = new URL(p.url);
    proxy.route(u.hostname + decodeURIComponent(u.pathname), path.join(CORPUS, p.file));
  }
  routeNewsArticle(proxy, CORPUS);
  const session = await launchExtension({ proxy, viewport: { width: 420, height: 900 } });
  try {
    for (const p of [...SHOPS, ...SERPS, ARTICLE]) console.log('clipped', await clipUrl(session, p.url), p.url);
    const news = await session.open(ARTICLE.url);
    await pickAdAt(session, news, AD_SELECTOR);
    await news.waitForTimeout(1500);
    await news.close();
    const rows = await readTable<{ id: number; kind: string; competitorId: number | null }>(session.panel, 'observations');
    const competitors = await readTable<{ id: number }>(session.panel, 'competitors');
    const pickedAd = rows.find((r) => r.kind === 'ad');
    const views = [...TABS, ...competitors.slice(0, 1).map((c) => `competitor/${c.id}`), ...(pickedAd ? [`observation/${pickedAd.id}`, `competitor/${pickedAd.competitorId}`] : [])];
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    for (const lang of ['en', 'th', 'ar']) {
      await page.goto(session.extensionUrl('sidepanel.html#competitors'));
      await page.locator('[data-testid="language"]').selectOption(lang);
      for (const view of views) {
        await page.goto(session.extensionUrl(`sidepanel.html#${view}`));
        await page.waitForSelector('main');
        await page.waitForTimeout(400);
        const file = path.join(out, `${lang}-${view.replace('/', '-')}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        console.log(file, overflow > 1 ? `OVERFLOWS by ${overflow}px` : '');
      }
    }
  } finally {
    await session.close();
    await proxy.close();
  }
}

void main();
