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
