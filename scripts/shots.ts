/**
 * `npm run shots`: screenshots of every panel view at 420 px in English, Thai and Arabic, after
 * clipping a few real saved pages (shops from the corpus, a Google and a Bing results page on
 * their real hosts through the local proxy). For people to look at before a release; writes PNGs
 * to the folder given (default /tmp/racescout-shots) and prints their paths.
 */
import path from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import { launchExtension, sendMessage, tabIdOf } from '../tests/e2e/harness';
import { startProxy } from '../tests/e2e/proxy';
import { TABS } from '../components/route-hash';

const out = process.argv[2] ?? '/tmp/racescout-shots';
const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus');

interface PageLine {
  path: string;
  url: string | null;
  page_type: string;
}

/** Shop pages of the corpus with an address (product pages first): a few real competitors. */
function shopPages(n: number): PageLine[] {
  const lines = readFileSync(path.join(CORPUS, 'pages.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as PageLine);
  const seen = new Set<string>();
  return lines
    // Product pages: Amazon's, and formasaurus pages annotated with an add-to-cart form (`b`).
    .filter((l) => l.url && (/ecommerce-product/.test(l.page_type) || /^forms:(?:.*,)?b(?:,|$)/.test(l.page_type)))
    .filter((l) => {
      const host = new URL(l.url!).hostname;
      if (seen.has(host)) return false;
      seen.add(host);
      return true;
    })
    .slice(0, n);
}

async function main() {
  mkdirSync(out, { recursive: true });
  const serps = [
    { file: path.join(CORPUS, 'real-serps/pages/junan__google-scraper__buy-domain-en-TH.html'), url: 'https://www.google.com/search?hl=en&lr=lang_en&q=buy+domain' },
    { file: path.join(CORPUS, 'real-serps/pages/sanguinary-bus__web-search-mcp__javascript-tutorial-http.html'), url: 'https://www.bing.com/search?q=javascript+tutorial' },
  ];
  const shops = shopPages(4).map((l) => ({ file: path.join(CORPUS, l.path), url: l.url! }));
  const proxy = await startProxy();
  for (const p of [...serps, ...shops]) {
    const u = new URL(p.url);
    proxy.route(u.hostname + decodeURIComponent(u.pathname), p.file);
  }
  const session = await launchExtension({ proxy, viewport: { width: 420, height: 900 } });
  try {
    for (const p of [...shops, ...serps]) {
      const page = await session.open(p.url);
      const answer = await sendMessage(session.panel, { type: 'capture-tab', tabId: await tabIdOf(session.panel, page) });
      await page.close();
      console.log(answer.ok ? 'clipped' : `failed (${answer.error})`, p.url);
    }
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    for (const lang of ['en', 'th', 'ar']) {
      await page.goto(session.extensionUrl('sidepanel.html#competitors'));
      await page.locator('[data-testid="language"]').selectOption(lang);
      for (const view of TABS) {
        await page.goto(session.extensionUrl(`sidepanel.html#${view}`));
        await page.waitForSelector('main');
        await page.waitForTimeout(400);
        const file = path.join(out, `${lang}-${view}.png`);
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
