/**
 * `npm run bench -- --steps`: where analyze() spends its time, step by step, so a change can be
 * aimed and its effect read per extractor. Each step is timed on its own over a page parsed
 * once, best of `rounds` like the main measurement; the steps follow analyze.ts. Steps that
 * cache per page (offers' price candidates) are cheaper on the later rounds, so read this as a
 * breakdown, not as a second total.
 */
import { performance } from 'node:perf_hooks';
import { parsePage } from '../lib/analyze/document';
import { extractPageMeta } from '../lib/analyze/extractors/page-meta';
import { extractStructuredData } from '../lib/analyze/extractors/structured-data';
import { extractOffers } from '../lib/analyze/extractors/offers';
import { extractPromotions } from '../lib/analyze/extractors/promotions';
import { extractSocialLinks } from '../lib/analyze/extractors/social-links';
import { extractEmailCapture } from '../lib/analyze/extractors/email-capture';
import { extractMessaging } from '../lib/analyze/extractors/messaging';
import { detectTechnologies } from '../lib/analyze/signatures/detect';
import { runAdapters } from '../lib/analyze/adapters/registry';

export function stepTimes(pages: readonly { html: string; url: string }[], rounds: number): Map<string, number> {
  const total = new Map<string, number>();
  const step = <T>(name: string, fn: () => T): T => {
    let best = Infinity;
    let out!: T;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      out = fn();
      best = Math.min(best, performance.now() - t0);
    }
    total.set(name, (total.get(name) ?? 0) + best);
    return out;
  };
  for (const p of pages) {
    const doc = step('parse + walk', () => parsePage(p.html, p.url));
    step('page meta', () => extractPageMeta(doc));
    const sd = step('structured data', () => extractStructuredData(doc));
    const technologies = step('technologies', () => detectTechnologies(doc, p));
    step('offers', () => extractOffers(doc, sd));
    step('site adapters', () => runAdapters(doc, p));
    step('social links', () => extractSocialLinks(doc));
    step('email capture', () => extractEmailCapture(doc, technologies));
    step('promotions', () => extractPromotions(doc));
    step('messaging', () => extractMessaging(doc));
  }
  return total;
}
