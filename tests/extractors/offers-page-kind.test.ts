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

  it('a product an article is about (its title names it) gives its structured offer', () => {
    const product = jsonld({ '@type': 'Product', name: 'Anvil', offers: { '@type': 'Offer', price: '99.00', priceCurrency: 'USD' } });
    const html = `<html><head><meta property="og:type" content="article">${product}</head><body><h1>Anvil review: heavy, and worth it</h1><p>Anvil, $99 at Acme</p></body></html>`;
    const doc = parsePage(html, 'https://news.example/2016/04/anvil-review');
    expect(extractOffers(doc, extractStructuredData(doc))[0]).toMatchObject({ price: 99, currency: 'USD' });
  });

  it('a product an article only mentions gives no offer', () => {
    const product = jsonld({ '@type': 'Product', name: 'Anvil', offers: { '@type': 'Offer', price: '99.00', priceCurrency: 'USD' } });
    const doc = parsePage(article(`${product}<p>Founders still buy anvils at $99.</p>`), 'https://news.example/2016/04/story');
    expect(extractOffers(doc, extractStructuredData(doc))).toEqual([]);
  });
});
