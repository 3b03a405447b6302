/**
 * The analyzer compiles its signatures and the engine optimises its code on first use, which
 * makes the first clip after the service worker starts several times slower than the next ones
 * (~0.8 s against ~20 ms for a shop page in Node). Analysing a tiny page when the worker starts
 * and opening the database moves that cost off the user's first gesture when the worker was
 * woken by something else (install, browser start, a panel message).
 */
import { analyze } from '../analyze/analyze';
import { db } from '../store/db';

/** A small shop page touching each extractor's paths: meta, JSON-LD offer, prices, a signup form, tags, social links. */
const SAMPLE = [
  '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ร้านตัวอย่าง</title>',
  '<meta name="description" content="ตัวอย่าง"><meta property="og:title" content="Sample"><link rel="canonical" href="https://shop.example.co.th/p/1">',
  '<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-X"></script>',
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"x","offers":{"@type":"Offer","price":"1290.00","priceCurrency":"THB"}}</script>',
  '</head><body><h1>สินค้า</h1><p class="price">฿1,290 <s>฿1,590</s></p><p>ส่งฟรี ลด 20%</p>',
  '<form class="newsletter"><input type="email" name="email"><button>Subscribe</button></form>',
  '<a href="https://www.instagram.com/example/">ig</a><a href="https://line.me/R/ti/p/@example">line</a></body></html>',
].join('');

export function warmUp(): void {
  setTimeout(() => {
    try {
      analyze({ html: SAMPLE, url: 'https://shop.example.co.th/p/1', resources: ['https://connect.facebook.net/en_US/fbevents.js'], globals: ['fbq', 'dataLayer'] });
    } catch {
      // a warm-up failure is not the user's problem; the real clip reports its own
    }
    void db.open().catch(() => undefined);
  }, 0);
}
