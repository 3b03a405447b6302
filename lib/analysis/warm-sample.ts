/**
 * The analyzer compiles its signatures and the engine optimises its code on first use, which
 * makes the first clip several times slower than the next ones (~0.8 s against ~20 ms for a shop
 * page in Node). Each analysis worker analyses this tiny page when it starts, so that cost is
 * paid before a user's clip arrives.
 */
/** A small shop page touching each extractor's paths: meta, JSON-LD offer, prices, a signup form, tags, social links. */
export const WARM_SAMPLE = [
  '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ร้านตัวอย่าง</title>',
  '<meta name="description" content="ตัวอย่าง"><meta property="og:title" content="Sample"><link rel="canonical" href="https://shop.example.co.th/p/1">',
  '<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-X"></script>',
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"x","offers":{"@type":"Offer","price":"1290.00","priceCurrency":"THB"}}</script>',
  '</head><body><h1>สินค้า</h1><p class="price">฿1,290 <s>฿1,590</s></p><p>ส่งฟรี ลด 20%</p>',
  '<form class="newsletter"><input type="email" name="email"><button>Subscribe</button></form>',
  '<a href="https://www.instagram.com/example/">ig</a><a href="https://line.me/R/ti/p/@example">line</a></body></html>',
].join('');
