/** What a page says it is (lib/analyze/extractors/offers/page-kind.ts): products, articles, paywall markup. */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { extractOffers } from '../../lib/analyze/extractors/offers';
import { pageKind } from '../../lib/analyze/extractors/offers/page-kind';
import { extractStructuredData } from '../../lib/analyze/extractors/structured-data';

const jsonld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

function kindOf(head: string, body = '') {
  const doc = parsePage(`<html><head>${head}</head><body>${body}</body></html>`, 'https://news.example/2016/04/story');
  return pageKind(doc, extractStructuredData(doc));
}

/** Google's subscription markup on a paywalled article. */
const paywalled = jsonld({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Start-ups discover frugality',
  isAccessibleForFree: false,
  isPartOf: { '@type': ['CreativeWork', 'Product'], name: 'The Daily', productID: 'news.example:basic' },
});

describe('page kind', () => {
  it.each([
    ['og:type product', '<meta property="og:type" content="product">', { product: true, article: false }],
    ['a JSON-LD Product', jsonld({ '@type': 'Product', name: 'Anvil' }), { product: true, article: false }],
    ['a Product in a @graph', jsonld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'Product', name: 'Anvil' }] }), { product: true, article: false }],
    ['og:type article', '<meta property="og:type" content="article">', { product: false, article: true }],
    ['a BlogPosting', jsonld({ '@type': 'BlogPosting', headline: 'Ten tips' }), { product: false, article: true }],
    ['a Recipe', jsonld({ '@type': 'Recipe', name: 'Pound cake' }), { product: false, article: true }],
    ['a paywalled NewsArticle (subscription markup)', paywalled, { product: false, article: true }],
    ['article:published_time without og:type', '<meta property="article:published_time" content="2016-04-30T10:00:00">', { product: false, article: true }],
    ['article:modified_time alone (SEO plugins write it on shop pages too)', '<meta property="article:modified_time" content="2016-04-30T10:00:00">', { product: false, article: false }],
    ['a publisher typed as a Product by mistake', jsonld({ '@type': 'Article', publisher: { '@type': 'Product', name: 'Paper' } }), { product: false, article: true }],
  ])('%s', (_, head, want) => {
    expect(kindOf(head)).toMatchObject(want);
  });

  it('reads microdata items too', () => {
    expect(kindOf('', '<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Anvil</span></div>').product).toBe(true);
  });
});

describe('articles sell nothing by the prices printed in them', () => {
  const article = (extra: string) => `<html><head><meta property="og:type" content="article">${paywalled}</head><body>
    <h1>Start-ups discover frugality</h1><p class="price">Get 6 Months of Unlimited Access for $1</p>${extra}</body></html>`;

  it('a paywalled article with a subscribe button gives no offer', () => {
    const doc = parsePage(article('<a class="btn" href="/subscribe">Buy now</a>'), 'https://news.example/2016/04/story');
    expect(extractOffers(doc, extractStructuredData(doc))).toEqual([]);
  });

  it('a real product reviewed in an article still gives its structured offer', () => {
    const product = jsonld({ '@type': 'Product', name: 'Anvil', offers: { '@type': 'Offer', price: '99.00', priceCurrency: 'USD' } });
    const doc = parsePage(article(product), 'https://news.example/2016/04/story');
    expect(extractOffers(doc, extractStructuredData(doc))[0]).toMatchObject({ price: 99, currency: 'USD' });
  });
});

describe('a listing whose product markup carries no offers', () => {
  const card = (name: string, price: string) => `<div itemscope itemtype="http://schema.org/Product"><a href="/p"><span itemprop="name">${name}</span></a><span class="price">${price}</span> In stock</div>`;

  it('names several products, none the page\'s title: no offer', () => {
    const html = `<h1>Origami DVDs</h1>${card('Folding cranes', '€12.00')}${card('Modular boxes', '€14.00')}${card('Paper animals', '€9.50')}`;
    const doc = parsePage(html, 'https://shop.example/c/dvd');
    expect(pageKind(doc, extractStructuredData(doc)).productNames).toEqual(['Folding cranes', 'Modular boxes', 'Paper animals']);
    expect(extractOffers(doc, extractStructuredData(doc))).toEqual([]);
  });

  it('still reads the product named by the h1 among them', () => {
    const html = `<div class="product" itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Folding cranes</h1><span class="price">€12.00</span><button>Add to cart</button></div>
      <div class="grid">${card('Modular boxes', '€14.00')}${card('Paper animals', '€9.50')}</div>`;
    const doc = parsePage(html, 'https://shop.example/p/cranes');
    expect(extractOffers(doc, extractStructuredData(doc))[0]?.price).toBe(12);
  });
});
