/**
 * Whose offer is it: a home page's featured product, an article's mention, a price nobody can
 * see, a grid of product cards (lib/analyze/extractors/offers.ts, offers/home-page.ts,
 * offers/shown.ts, offers/cards.ts).
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { extractOffers } from '../../lib/analyze/extractors/offers';
import { isHomePage } from '../../lib/analyze/extractors/offers/home-page';
import { pricesInCards } from '../../lib/analyze/extractors/offers/cards';
import { extractStructuredData } from '../../lib/analyze/extractors/structured-data';
import type { Element } from 'domhandler';

function offersOf(html: string, url = 'https://shop.example/p/anvil') {
  const doc = parsePage(`<html><head></head><body>${html}</body></html>`, url);
  return extractOffers(doc, extractStructuredData(doc));
}

const jsonld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const product = (name: string, price: number, currency = 'USD') => jsonld({ '@type': 'Product', name, offers: { '@type': 'Offer', price, priceCurrency: currency } });

describe('home pages', () => {
  it.each([
    ['https://shop.example/', true],
    ['https://shop.example/en/', true],
    ['https://shop.example/th-th', true],
    ['https://shop.example/zh_TW/index.html', true],
    ['https://shop.example/index.php', true],
    ['https://shop.example/?lang=ar&utm_source=news', true],
    ['https://shop.example/?currency=THB', true],
    ['https://shop.example/products/anvil', false],
    ['https://shop.example/en/products/anvil', false],
    ['https://shop.example/collections', false],
    ['https://shop.example/?q=anvil', false],
    ['https://shop.example/?product_id=42', false],
    ['not a url', false],
  ])('%s → %s', (url, home) => {
    expect(isHomePage(url)).toBe(home);
  });

  it('a featured product marked up on a home page is not the page\'s offer', () => {
    const html = `${product('Linen shirt', 39)}<h1>Acme Outfitters</h1><section class="featured"><h2>Linen shirt</h2><p>$39.00</p></section><button>Add to cart</button>`;
    expect(offersOf(html, 'https://acme.example/en/')).toEqual([]);
  });

  it('a one-product brand whose home page is titled by its product keeps the offer', () => {
    const html = `${product('Acme Kettle', 89)}<h1>Acme Kettle</h1><p>$89.00</p><button>Add to cart</button>`;
    expect(offersOf(html, 'https://acmekettle.example/')[0]).toMatchObject({ price: 89, currency: 'USD' });
  });
});

describe('declared prices nobody can see', () => {
  it('a structured price the page shows nowhere, with no buy button, is no offer', () => {
    const service = jsonld({ '@type': 'Product', name: 'Furnace installation', offers: { '@type': 'Offer', price: '1500.00', priceCurrency: 'USD' } });
    expect(offersOf(`${service}<h1>Furnace installation</h1><p>Call us for a quote.</p>`, 'https://hvac.example/services/furnace')).toEqual([]);
  });

  it.each([
    ['German digits', 'EUR', 1299, '<p>1.299,00 €</p>'],
    ['Thai digits', 'THB', 1290, '<p>ราคา ๑,๒๙๐ บาท</p>'],
    ['Arabic-Indic digits', 'SAR', 129, '<p>١٢٩ ر.س</p>'],
    ['the amount split over elements', 'USD', 24.99, '<p><span>$</span><span>24</span>.<sup>99</sup></p>'],
  ])('a structured price the page shows in %s is kept', (_, currency, price, shown) => {
    const [offer] = offersOf(`${product('Kettle', price, currency)}<h1>Kettle</h1>${shown}`);
    expect(offer).toMatchObject({ price, currency });
    expect(offer.evidence[0].source).toBe('structured-data');
  });

  it('a product page with a buy button keeps its structured price even when the page draws it by script', () => {
    expect(offersOf(`${product('Kettle', 49)}<h1>Kettle</h1><div id="price"></div><button>Add to cart</button>`)[0]).toMatchObject({ price: 49 });
  });

  it('a page calling itself a product keeps its declared price', () => {
    const html = `<meta property="og:type" content="product">${product('Kettle', 49)}<h1>Kettle</h1><div id="price"></div>`;
    expect(offersOf(html)[0]).toMatchObject({ price: 49 });
  });
});

describe('grids of product cards', () => {
  const grid = (n: number) =>
    `<ul class="products">${Array.from({ length: n }, (_, i) => `<li class="product-card"><a href="/p/${i}"><img alt=""><span class="name">Dress ${i}</span></a><span class="price">$${20 + i}.00</span></li>`).join('')}</ul>`;

  it('a category page whose theme calls every page a product gives no price from its cards', () => {
    const html = `<meta property="og:type" content="product"><h1>Summer dresses</h1><p>48 items</p>${grid(6)}`;
    expect(offersOf(html, 'https://shop.example/c/dresses')).toEqual([]);
  });

  it('a product page still reads its price beside the title with a grid of others below', () => {
    const html = `<meta property="og:type" content="product"><div class="product"><h1>Wrap dress</h1><span class="price">$59.00</span></div><h2>More dresses</h2>${grid(6)}`;
    expect(offersOf(html, 'https://shop.example/p/wrap-dress')[0]).toMatchObject({ price: 59 });
  });

  it('the rows of one product\'s price table are not cards', () => {
    const rows = `<table><tr><td>Retail price: <span class="price">$125.00</span></td></tr><tr><td>You save: <span class="price">$11.05</span></td></tr><tr><td>Your price: <span class="price">$113.95</span></td></tr></table>`;
    const html = `<meta property="og:type" content="product"><h1>Eau de toilette 100 ml</h1><div class="gallery"></div>${rows}`;
    expect(offersOf(html, 'https://shop.example/p/edt')[0]).toMatchObject({ price: 113.95 });
  });

  it('cards need three siblings alike, and the title\'s own blocks are never cards', () => {
    const doc = parsePage(`<div><h1>T</h1><p class="p"><b>1</b></p></div><ul><li class="c"><b>2</b></li><li class="c"><b>3</b></li><li class="c"><b>4</b></li></ul><ul><li class="c"><b>5</b></li><li class="c"><b>6</b></li></ul>`, 'https://x.example/p');
    const bs = doc.root.children.length ? [...findAll(doc.root.children as Element[], 'b')] : [];
    const own = new Set<Element>();
    const h1 = [...findAll(doc.root.children as Element[], 'h1')][0];
    for (let p = h1.parent as Element | null; p && p.type === 'tag'; p = p.parent as Element | null) own.add(p);
    const carded = pricesInCards(bs, own);
    expect(bs.map((b) => carded.has(b))).toEqual([false, true, true, true, false, false]);
  });
});

function* findAll(nodes: Element[], name: string): Generator<Element> {
  for (const n of nodes) {
    if (n.type !== 'tag') continue;
    if (n.name === name) yield n;
    yield* findAll(n.children as Element[], name);
  }
}
