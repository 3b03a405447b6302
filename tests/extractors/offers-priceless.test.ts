/** A sold-out product shown without a price still gives an offer: price null, its stock (offers/priceless.ts). */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { extractOffers } from '../../lib/analyze/extractors/offers';
import { extractStructuredData } from '../../lib/analyze/extractors/structured-data';

function offersOf(html: string, url = 'https://shop.example/p/anvil') {
  const doc = parsePage(html, url);
  return extractOffers(doc, extractStructuredData(doc));
}

const jsonld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('an out-of-stock product without a price', () => {
  it('structured data: an Offer saying OutOfStock with no price', () => {
    const sd = jsonld({ '@type': 'Product', name: 'Anvil', offers: { '@type': 'Offer', availability: 'https://schema.org/OutOfStock' } });
    expect(offersOf(`<head>${sd}</head><h1>Anvil</h1><p>Sold out</p>`)).toEqual([expect.objectContaining({ price: null, currency: null, availability: 'out_of_stock', name: 'Anvil' })]);
  });

  it('structured data: a price of 0 beside OutOfStock', () => {
    const sd = jsonld({ '@type': 'Product', name: 'Anvil', offers: { '@type': 'Offer', price: '0', priceCurrency: 'EUR', availability: 'OutOfStock' } });
    expect(offersOf(`<head>${sd}</head><h1>Anvil</h1>`)[0]).toMatchObject({ price: null, availability: 'out_of_stock' });
  });

  it('a declared product whose block says "Out of stock"', () => {
    const html = '<head><meta property="og:type" content="product"></head><div class="product"><h1>Anvil Deluxe</h1><p class="stock">Out of stock</p><button>Notify me</button></div>';
    expect(offersOf(html)[0]).toMatchObject({ price: null, availability: 'out_of_stock' });
  });

  it('in more languages: "Nicht auf Lager", "Vyprodáno"', () => {
    for (const phrase of ['Nicht auf Lager', 'Vyprodáno']) {
      const html = `<head><meta property="og:type" content="product"></head><div><h1>Amboss</h1><p>${phrase}</p></div>`;
      expect(offersOf(html)[0]?.availability).toBe('out_of_stock');
    }
  });

  it('keeps the price when one is shown', () => {
    const html = '<head><meta property="og:type" content="product"></head><div><h1>Anvil</h1><span class="price">$99.00</span><p>Out of stock</p></div>';
    expect(offersOf(html)[0]).toMatchObject({ price: 99, availability: 'out_of_stock' });
  });

  it('gives nothing on a page that declares no product and has no buy control', () => {
    expect(offersOf('<div><h1>Our blacksmith blog</h1><p>The anvil we wrote about is out of stock.</p></div>')).toEqual([]);
  });

  it('gives nothing on an article or a search page', () => {
    expect(offersOf('<head><meta property="og:type" content="article"></head><div><h1>Anvils</h1><p>Out of stock</p></div>')).toEqual([]);
    const sd = jsonld({ '@type': 'Product', name: 'Anvil', offers: { '@type': 'Offer', availability: 'OutOfStock' } });
    expect(offersOf(`<head>${sd}</head><h1>Anvil</h1>`, 'https://shop.example/search?q=anvil')).toEqual([]);
  });
});
