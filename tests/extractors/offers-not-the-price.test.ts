/** Amounts near a product that are not its price (lib/analyze/extractors/offers/not-the-price.ts). */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { extractOffers } from '../../lib/analyze/extractors/offers';
import { notThePrice } from '../../lib/analyze/extractors/offers/not-the-price';
import { extractStructuredData } from '../../lib/analyze/extractors/structured-data';

describe('notThePrice', () => {
  it.each([
    ['', 'Join Prime to buy this item at $8.09', 'member'],
    ['Member price', '$12.00', 'member'],
    ['', 'Clubpreis 9,99 €', 'member'],
    ['', '会員価格 1,200円', 'member'],
    ['', 'or 4 interest-free payments of $10.00', 'instalment'],
    ['', 'ab 12,50 € Monatsrate', 'instalment'],
    ['', '12x de R$ 10,00 sem juros', 'instalment'],
    ['', 'Yahoo’s Marissa Mayer could get $55 million in severance pay', 'figure'],
    ['', 'a $3.2 billion deal', 'figure'],
    ['', 'raised €8bn', 'figure'],
    ['', 'a $30M round', 'figure'],
  ] as const)('%s %s → %s', (before, text, why) => {
    expect(notThePrice(before, text)).toBe(why);
  });

  it.each([
    ['', '$40.00'],
    ['Our price:', '$19.99'],
    ['', '5 тыс. руб'],
    ['', '€29.90 M'],
    ['', 'Over 2 million sold'],
    ['', '3만원'],
    ['', 'Cable 2m $9.99'],
  ])('%s %s is a price', (before, text) => {
    expect(notThePrice(before, text)).toBeNull();
  });
});

describe('on a product page', () => {
  const offersOf = (box: string) => {
    const doc = parsePage(`<main><div class="product"><h1>Anvil Deluxe</h1>${box}<button>Add to cart</button></div></main>`, 'https://shop.example/p/anvil');
    return extractOffers(doc, extractStructuredData(doc));
  };

  it('takes the price everyone pays, not the members\' price above it', () => {
    expect(offersOf('<p>Join Prime to buy this item at $8.09</p><p class="price">$8.99</p>')[0]?.price).toBe(8.99);
  });

  it('takes the price, not an instalment printed first', () => {
    expect(offersOf('<p class="price-installments">or 4 interest-free payments of $25.00</p><span class="price">$100.00</span>')[0]?.price).toBe(100);
  });
});
