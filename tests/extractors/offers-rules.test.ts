/** Issue 10's general rules for offers, each on a small page written to show it. */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { extractOffers } from '../../lib/analyze/extractors/offers';
import { availabilityFromText } from '../../lib/analyze/extractors/offers/availability';
import { isSearchPage } from '../../lib/analyze/extractors/offers/search-pages';
import { extractStructuredData } from '../../lib/analyze/extractors/structured-data';

function offersOf(html: string, url = 'https://shop.example/p/anvil') {
  const doc = parsePage(html, url);
  return extractOffers(doc, extractStructuredData(doc));
}

const jsonld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const cards = (n: number, block: string) =>
  `<div class="${block}">${Array.from({ length: n }, (_, i) => `<div class="card"><h3>Other ${i}</h3><span class="price">$${i + 50}.00</span><button>Add to cart</button></div>`).join('')}</div>`;

describe('product or listing', () => {
  it.each(['compare-products', 'related-products', 'product-carousel', 'recently-viewed'])('buy buttons in a %s block do not make a listing', (block) => {
    const html = `<main><div class="product"><h1>Anvil Deluxe</h1><span class="price">$99.00</span><button>Add to cart</button></div>${cards(5, block)}</main>`;
    expect(offersOf(html)[0]).toMatchObject({ price: 99, currency: 'USD' });
  });

  it('reads a "compare with similar items" table as other products', () => {
    const table = `<section><h2>Compare with similar items</h2><table><tr>${[1, 2, 3, 4, 5].map((i) => `<td>Item ${i} <span class="price">$${i}0.00</span> <button>Add to cart</button></td>`).join('')}</tr></table></section>`;
    expect(offersOf(`<div><h1>Anvil Deluxe</h1><p class="price">$99.00</p><button>Add to cart</button></div>${table}`)[0]?.price).toBe(99);
  });

  it('takes a price in the title\'s product block even where many buy buttons stand around it', () => {
    const html = `<div class="pdp"><h1>Anvil Deluxe</h1><span class="price">$99.00</span><button>Add to cart</button></div>
      <div class="grid">${Array.from({ length: 6 }, (_, i) => `<div><span class="price">$${i + 10}</span><button>Add to cart</button></div>`).join('')}</div>`;
    expect(offersOf(html)[0]?.price).toBe(99);
  });

  it('still sees a grid of products under a heading as a listing', () => {
    expect(offersOf(`<h1>Shop</h1>${cards(6, 'grid')}`)).toEqual([]);
  });

  it('reads a marketplace search address as a listing, whatever product markup it holds', () => {
    const item = jsonld({ '@type': 'Product', name: 'Anvil', offers: { '@type': 'Offer', price: 10, priceCurrency: 'USD' } });
    const html = `${item}<h1>Results for "anvil"</h1><span class="price">$10</span><button>Add to cart</button>`;
    expect(offersOf(html, 'https://market.example/search?query=anvil').length).toBe(0);
    expect(isSearchPage('https://www.amazon.com/s?k=anvil')).toBe(true);
    expect(isSearchPage('https://shop.example/catalogsearch/result/?q=anvil')).toBe(true);
    expect(isSearchPage('https://www.lazada.co.th/catalog/?q=%E0%B8%9C%E0%B9%89%E0%B8%B2')).toBe(true);
    expect(isSearchPage('https://shop.example/catalog/')).toBe(false);
    expect(isSearchPage('https://shop.example/p/anvil?q=gbpdefault')).toBe(false);
  });
});

describe('buy controls in more languages and forms', () => {
  it.each(['加入購物車', '立即購買', '購買', 'ใส่ตะกร้า', '장바구니 담기', 'Thêm vào giỏ hàng', 'أضف إلى السلة', 'Vložiť do košíka'])('"%s" is a buy button', (label) => {
    expect(offersOf(`<h1>Anvil</h1><div class="p"><span>NT$1,290</span></div><button>${label}</button>`)[0]?.price).toBe(1290);
  });

  it('reads a link styled as a button that says "Buy MP3 album" or only "Buy"', () => {
    expect(offersOf('<h1>Album</h1><p>£7.99</p><a href="/buy" class="btn">Buy MP3 album</a>')[0]?.price).toBe(7.99);
    expect(offersOf('<h1>Album</h1><p>£7.99</p><a href="/buy" class="button buy">Buy</a>')[0]?.price).toBe(7.99);
    expect(offersOf('<h1>Album</h1><p>£7.99</p><a href="/how">Buy</a>')).toEqual([]);
  });

  it('reads a price inside a slider-classed block that holds only that product\'s prices', () => {
    const html = '<h1>Anvil</h1><div class="info-slider"><del class="price">€59,00</del> <span class="price">€49,00</span></div><button>In den Warenkorb</button>';
    expect(offersOf(html)[0]).toMatchObject({ price: 49, regularPrice: 59 });
    const carousel = `<h1>Anvil</h1><p>No price shown</p><div class="product-slider">${[1, 2, 3].map((i) => `<div><span class="price">€${i}9,00</span></div>`).join('')}</div><button>In den Warenkorb</button>`;
    expect(offersOf(carousel)).toEqual([]);
  });

  it('reads a price inside a slider-classed block that holds the product title', () => {
    expect(offersOf('<div class="product-slider"><h1>Anvil</h1><span class="price">€49,00</span><button>In den Warenkorb</button></div>')[0]?.price).toBe(49);
  });
});

describe('structured, meta and shown prices', () => {
  const page = (sd: number, meta: number | null, shown: string) =>
    `${jsonld({ '@type': 'Product', name: 'Anvil', offers: { '@type': 'Offer', price: sd, priceCurrency: 'USD' } })}
     ${meta === null ? '' : `<meta property="product:price:amount" content="${meta}"><meta property="product:price:currency" content="USD">`}
     <div class="product"><h1>Anvil</h1>${shown}<button>Add to cart</button></div>`;

  it('takes the price two sources agree on', () => {
    expect(offersOf(page(100, 80, '<span class="price">$80.00</span>'))[0].price).toBe(80);
    expect(offersOf(page(100, 100, '<span class="price">$80.00</span>'))[0].price).toBe(100);
  });

  it('reads a structured price the page strikes through as the regular price', () => {
    expect(offersOf(page(100, null, '<del class="price">$100.00</del> <span class="price">$80.00</span>'))[0]).toMatchObject({ price: 80, regularPrice: 100, discountPercent: 20 });
  });

  it('keeps the struck price shown beside a structured selling price', () => {
    expect(offersOf(page(80, null, '<s class="price">$100.00</s> <span class="price">$80.00</span>'))[0]).toMatchObject({ price: 80, regularPrice: 100, discountPercent: 20 });
  });

  it('does not take an auction\'s bid for the price', () => {
    const shown = '<p>Starting bid: <span class="price">$5.00</span></p><p>Buy It Now: <span class="price">$20.00</span></p>';
    expect(offersOf(page(5, null, shown))[0].price).toBe(20);
  });

  it('reads a price of 0 as no price', () => {
    const zero = jsonld({ '@type': 'Product', name: 'Furnace', offers: { '@type': 'Offer', price: '0.00', priceCurrency: 'USD' } });
    expect(offersOf(`${zero}<h1>Furnace</h1><p>Call us</p>`)).toEqual([]);
  });

  it('maps a withdrawn currency code to today\'s', () => {
    const rur = jsonld({ '@type': 'Product', name: 'Чайник', offers: { '@type': 'Offer', price: 870, priceCurrency: 'RUR' } });
    expect(offersOf(`${rur}<h1>Чайник</h1><p>870 руб.</p>`)[0]).toMatchObject({ price: 870, currency: 'RUB' });
  });
});

describe('availability', () => {
  it('is in stock when any variant is', () => {
    const sd = jsonld({
      '@type': 'Product', name: 'Shoe',
      offers: [
        { '@type': 'Offer', price: 50, priceCurrency: 'EUR', sku: 'S', availability: 'https://schema.org/OutOfStock' },
        { '@type': 'Offer', price: 55, priceCurrency: 'EUR', sku: 'M', availability: 'https://schema.org/InStock' },
      ],
    });
    expect(offersOf(`${sd}<h1>Shoe</h1><p>50,00 €</p>`)[0].availability).toBe('in_stock');
  });

  it('does not take a service\'s "unavailable" for the product\'s stock', () => {
    const sd = jsonld({ '@type': 'Product', name: 'Drill', offers: { '@type': 'Offer', price: 89, priceCurrency: 'GBP', availability: 'https://schema.org/InStock' } });
    const html = `${sd}<div><h1>Drill</h1><span class="price">£89.00</span><p>The check in-store option is temporarily unavailable</p><p>Collection not available</p><button>Add to basket</button></div>`;
    expect(offersOf(html)[0].availability).toBe('in_stock');
    expect(availabilityFromText('Click & collect: not available')).toBeUndefined();
    expect(availabilityFromText('Temporarily unavailable')).toBe('out_of_stock');
  });

  it.each([
    ['Vypredané', 'out_of_stock'],
    ['Na sklade', 'in_stock'],
    ['Dočasně nedostupné', 'out_of_stock'],
    ['Na skladě', 'in_stock'],
    ['Produkt niedostępny', 'out_of_stock'],
    ['Nicht vorrätig', 'out_of_stock'],
    ['Temporairement indisponible', 'out_of_stock'],
    ['Sin existencias', 'out_of_stock'],
    ['ของหมด', 'out_of_stock'],
    ['Sẵn hàng', 'in_stock'],
    ['구매가능', 'in_stock'],
    ['نفذ من المخزون', 'out_of_stock'],
    ['暫時缺貨', 'out_of_stock'],
    ['Stokta yok', 'out_of_stock'],
  ])('"%s" → %s', (text, value) => {
    expect(availabilityFromText(text)).toBe(value);
  });
});
