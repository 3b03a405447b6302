import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { extractOffers } from '../../lib/analyze/extractors/offers';
import { extractStructuredData } from '../../lib/analyze/extractors/structured-data';
import { availabilityFromText, availabilityFromValue } from '../../lib/analyze/extractors/offers/availability';
import { evaluateOffer, loadOfferLabels, NEW_BATCH, scoreOffers } from '../../scripts/eval/offers';
import { splitByHalf } from '../../scripts/eval/split';

function offersOf(html: string, url = 'https://shop.example/p/1') {
  const doc = parsePage(html, url);
  return extractOffers(doc, extractStructuredData(doc));
}

const jsonld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('extractOffers: structured data first', () => {
  it('reads a JSON-LD Product with an offers array', () => {
    const html = jsonld({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Áo thun',
      sku: 'AT-1',
      offers: [{ '@type': 'Offer', price: '199000', priceCurrency: 'VND', availability: 'https://schema.org/InStock' }],
    });
    const [o] = offersOf(`${html}<h1>Áo thun</h1><p>199.000₫</p>`);
    expect(o).toMatchObject({ price: 199000, currency: 'VND', availability: 'in_stock', name: 'Áo thun', sku: 'AT-1' });
    expect(o.evidence[0]).toMatchObject({ source: 'structured-data', ref: 'jsonld' });
  });

  it('reads @graph, AggregateOffer ranges and strikethrough price specifications', () => {
    const html = jsonld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Shop' },
        { '@type': 'Product', name: 'Kit', offers: { '@type': 'AggregateOffer', lowPrice: 290, highPrice: 590, priceCurrency: 'THB', availability: 'http://schema.org/PreOrder' } },
      ],
    });
    expect(offersOf(`${html}<h1>Kit</h1><p>฿290 – ฿590</p>`)[0]).toMatchObject({ price: 290, priceMax: 590, currency: 'THB', availability: 'preorder' });
    const spec = jsonld({
      '@type': 'Product',
      name: 'Shoe',
      offers: {
        '@type': 'Offer',
        priceCurrency: 'EUR',
        priceSpecification: [
          { '@type': 'UnitPriceSpecification', price: 79.9 },
          { '@type': 'UnitPriceSpecification', price: 99.9, priceType: 'https://schema.org/StrikethroughPrice' },
        ],
      },
    });
    expect(offersOf(`${spec}<h1>Shoe</h1><p>79,90 € <s>99,90 €</s></p>`)[0]).toMatchObject({ price: 79.9, currency: 'EUR', regularPrice: 99.9, discountPercent: 20 });
  });

  it('reads microdata offers, property names in any case', () => {
    const html = `<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Piano</h1>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
        <meta itemprop="pricecurrency" content="EUR"><span itemprop="price">999,00</span>
        <link itemprop="availability" href="http://schema.org/OutOfStock"></div></div>`;
    expect(offersOf(html)[0]).toMatchObject({ price: 999, currency: 'EUR', availability: 'out_of_stock' });
  });

  it('leaves out the offers of a listing whose products are none of them the page title', () => {
    const item = (name: string, price: number) => ({ '@type': 'Product', name, offers: { '@type': 'Offer', price, priceCurrency: 'USD' } });
    const items = [item('Alpha Tee', 1), item('Beta Tee', 2), item('Gamma Tee', 3)];
    expect(offersOf(`<h1>Best sellers</h1>${jsonld(items)}`)).toEqual([]);
    const own = `<h1>Beta Tee</h1><p>$2.00</p>${jsonld(items)}`;
    expect(offersOf(own)[0].price).toBe(2);
  });
});

describe('extractOffers: meta tags, then visible text', () => {
  it('reads Open Graph product tags', () => {
    const html = `<meta property="og:type" content="product"><meta property="product:price:amount" content="49.90">
      <meta property="product:price:currency" content="BRL"><meta property="product:availability" content="instock">`;
    expect(offersOf(html)[0]).toMatchObject({ price: 49.9, currency: 'BRL', availability: 'in_stock' });
  });

  it.each([
    ['th', '<h1>กระเป๋าผ้า</h1><span class="price">฿1,290</span><p>มีสินค้า</p><button>ใส่ตะกร้า</button>', 1290, 'THB', 'in_stock'],
    ['vi', '<h1>Áo khoác</h1><div class="product-price">1.290.000₫</div><p>Hết hàng</p><button>Thêm vào giỏ</button>', 1290000, 'VND', 'out_of_stock'],
    ['ko', '<h1>니트</h1><p class="price">29,000원</p><p>품절</p><button>장바구니</button>', 29000, 'KRW', 'out_of_stock'],
    ['ar', '<h1>عطر</h1><span class="price">١٢٩ ر.س</span><p>نفدت الكمية</p><button>أضف إلى السلة</button>', 129, 'SAR', 'out_of_stock'],
    ['de', '<h1>Tasche</h1><span class="preis">1.234,56 €</span><p>Auf Lager</p><button>In den Warenkorb</button>', 1234.56, 'EUR', 'in_stock'],
  ])('reads a %s product page', (_lang, body, price, currency, availability) => {
    expect(offersOf(`<html><body>${body}</body></html>`)[0]).toMatchObject({ price, currency, availability });
  });

  it('takes the current price, the struck one as regular price, and ignores the cart and related products', () => {
    const html = `<header><div class="mini-cart"><span class="price">$0.00</span></div></header>
      <h1>Lamp</h1><div class="price-box"><del>$59.00</del> <span class="price">$41.30</span>
      <p>You save: <span class="price">$17.70</span></p></div><button>Add to cart</button>
      <div class="related-products"><span class="price">$9.99</span></div>`;
    const [o] = offersOf(html);
    expect(o).toMatchObject({ price: 41.3, currency: 'USD', regularPrice: 59, discountPercent: 30 });
    expect(o.evidence[0].source).toBe('text');
  });

  it('finds a price written in Thai or Arabic-Indic digits without a price class', () => {
    expect(offersOf('<h1>เสื้อ</h1><div><b>ราคา ๑,๒๙๐ บาท</b></div><button>ใส่ตะกร้า</button>')[0]).toMatchObject({ price: 1290, currency: 'THB' });
    expect(offersOf('<h1>عطر</h1><div><b>١٬٢٩٠ د.إ</b></div><button>أضف إلى السلة</button>')[0]).toMatchObject({ price: 1290, currency: 'AED' });
  });

  it('finds a price without a price class ("Our Price $30.99")', () => {
    const html = `<h1>Cake pan</h1><table><tr><td>Our Price</td><td><b>$30.99</b></td></tr></table><input type="submit" value="Add to Cart">`;
    expect(offersOf(html)[0]).toMatchObject({ price: 30.99, currency: 'USD' });
  });

  it('finds no offer on a page that sells nothing, or on a listing', () => {
    expect(offersOf('<h1>Recipe</h1><p>Bake 20 minutes at 180°C. Costs about $5.</p>')).toEqual([]);
    const cards = Array.from({ length: 6 }, (_, i) => `<div class="card"><h2>P${i}</h2><span class="price">$${i + 10}</span><form><button>Add to cart</button></form></div>`).join('');
    expect(offersOf(`<h1>Shop</h1>${cards}`)).toEqual([]);
  });

  it('reads availability hidden from shoppers as nothing', () => {
    const html = `<h1>Shirt</h1><span class="price">£19.99</span><p style="display:none">Last items in stock!</p>
      <p class="hidden">Out of stock</p><button>Add to cart</button>`;
    expect(offersOf(html)[0].availability).toBe('in_stock');
  });
});

describe('availability tables', () => {
  it.each([
    ['http://schema.org/InStock', 'in_stock'],
    ['https://schema.org/OutOfStock', 'out_of_stock'],
    ['PreOrder', 'preorder'],
    ['https://schema.org/BackOrder', 'backorder'],
    ['LimitedAvailability', 'limited'],
    ['Discontinued', 'discontinued'],
    ['oos', 'out_of_stock'],
  ])('%s → %s', (v, a) => {
    expect(availabilityFromValue(v)).toBe(a);
  });

  it.each([
    ['In stock', 'in_stock'],
    ['Sold out', 'out_of_stock'],
    ['hết hàng', 'out_of_stock'],
    ['còn hàng', 'in_stock'],
    ['สินค้าหมด', 'out_of_stock'],
    ['품절', 'out_of_stock'],
    ['نفدت الكمية', 'out_of_stock'],
    ['غير متوفر', 'out_of_stock'],
    ['nicht lieferbar', 'out_of_stock'],
    ['sofort lieferbar', 'in_stock'],
    ['agotado', 'out_of_stock'],
    ['在庫切れ', 'out_of_stock'],
    ['stok habis', 'out_of_stock'],
    ['Pre-order now', 'preorder'],
  ])('%s → %s', (text, a) => {
    expect(availabilityFromText(text)).toBe(a);
  });
});

describe('offers on real pages (tests/labels/offers.json)', () => {
  const corpus = path.resolve(process.cwd(), '../shared/corpus');
  const labels = loadOfferLabels();
  const results = labels.map((l) => evaluateOffer(corpus, l));

  it('has at least 100 labels, 60 of them read unseen for issue 10', () => {
    expect(labels.length).toBeGreaterThanOrEqual(100);
    expect(labels.filter((l) => l.batch === NEW_BATCH).length).toBeGreaterThanOrEqual(60);
    expect(new Set(labels.map((l) => l.path)).size).toBe(labels.length);
  });

  it('meets issue 10 on the tune half: price F1 0.95, currency 0.95, availability 0.97', () => {
    const s = scoreOffers(splitByHalf(results, (r) => r.label.path).tune);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.currency.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.availability.accuracy).toBeGreaterThanOrEqual(0.97);
  });

  it('stays above the floor measured before issue 10 on all labels (holdout included, never tuned on)', () => {
    const s = scoreOffers(results);
    expect(s.f1).toBeGreaterThanOrEqual(0.85);
    expect(s.currency.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
