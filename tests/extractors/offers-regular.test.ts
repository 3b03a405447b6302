/** The regular price kept beside the selling price, wherever the page prints it (issue 10). */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { extractOffers } from '../../lib/analyze/extractors/offers';
import { extractStructuredData } from '../../lib/analyze/extractors/structured-data';

function offersOf(html: string) {
  const doc = parsePage(html, 'https://shop.example/p/anvil');
  return extractOffers(doc, extractStructuredData(doc));
}

const jsonld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const product = jsonld({ '@type': 'Product', name: 'Anvil', offers: { '@type': 'Offer', price: '119.99', priceCurrency: 'USD' } });

describe('regular price beside a structured selling price', () => {
  it('in a price-classed struck element', () => {
    expect(offersOf(`<head>${product}</head><div><h1>Anvil</h1><s class="price-old">$179.99</s> <span class="price">$119.99</span></div>`)[0]).toMatchObject({ price: 119.99, regularPrice: 179.99 });
  });

  it('in plain text introduced as the regular price', () => {
    expect(offersOf(`<head>${product}</head><div><h1>Anvil</h1><p>A forged steel anvil for the workshop: 50 kg, with a hardened face and a horn.</p><p>Regular price: <span>$179.99</span></p><p>Sale price <span>$119.99</span></p></div>`)[0]).toMatchObject({ price: 119.99, regularPrice: 179.99, discountPercent: 33.3 });
  });

  it('not from another product\'s old price far away', () => {
    const far = `<footer><div class="related"><h3>Other anvil</h3><s>$299.00</s> $199.00</div></footer>`;
    expect(offersOf(`<head>${product}</head><div><h1>Anvil</h1><p><span>$119.99</span></p></div>${far}`)[0]?.regularPrice).toBeUndefined();
  });
});

describe('regular price in the ways shops print it', () => {
  const page = (block: string, head = '') =>
    `<head>${head}</head><body><nav><a href="/">Home</a> <a href="/c/scarves">Scarves</a></nav><main><h1>Silk scarf</h1>${block}<p>${'Hand-woven from mulberry silk by a family workshop in Chiang Mai. '.repeat(3)}</p><button>Add to cart</button></main></body>`;

  it('a crossed-out bare number takes the selling price\'s currency', () => {
    expect(offersOf(page('<div class="prices"><span class="price">฿990</span> <del>1,290</del></div>'))[0]).toMatchObject({ price: 990, currency: 'THB', regularPrice: 1290, discountPercent: 23.3 });
  });

  it('a "price-del" class marks the old price', () => {
    expect(offersOf(page('<div class="product-price"><span class="price">199.000₫</span><span class="price-del">299.000₫</span></div>'))[0]).toMatchObject({ price: 199000, currency: 'VND', regularPrice: 299000 });
  });

  it('two prices side by side in one short line are read apart', () => {
    const sd = jsonld({ '@type': 'Product', name: 'Silk scarf', offers: { '@type': 'Offer', price: 40, priceCurrency: 'USD' } });
    expect(offersOf(page('<p><s>$50.00</s> <b>$40.00</b></p>', sd))[0]).toMatchObject({ price: 40, regularPrice: 50, discountPercent: 20 });
  });

  it('a bare number that is not crossed out is no regular price', () => {
    expect(offersOf(page('<div class="prices"><span class="price">฿990</span> <span>1,290 sold</span></div>'))[0]?.regularPrice).toBeUndefined();
  });
});

describe('comparison tables', () => {
  it('a "compare with similar items" table\'s prices are other products\'', () => {
    const table = `<table class="product-comparison-desktop"><tr><td>Robot A</td><td><span class="a-price">14,00 €</span></td></tr><tr><td>Robot B</td><td><span class="a-price">99,00 €</span></td></tr></table>`;
    const html = `<head><meta property="og:type" content="product"></head><body><main><h1>Robot vacuum 990</h1><p>See all buying options</p>${'<p>Suction 2,700 Pa, 160 minutes, app control and a washable filter for every floor.</p>'.repeat(3)}${table}</main></body>`;
    expect(offersOf(html)).toEqual([]);
  });
});
