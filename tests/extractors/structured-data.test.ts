import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { extractStructuredData } from '../../lib/analyze/extractors/structured-data';
import { parseLenientJson } from '../../lib/analyze/extractors/structured-data/lenient-json';
import { shortType } from '../../lib/analyze/extractors/structured-data/types';

const sd = (html: string, url = 'https://shop.example.com/p/1') => extractStructuredData(parsePage(html, url));
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('JSON-LD as real pages write it', () => {
  it('tolerates comments, trailing commas, raw newlines in strings and CDATA', () => {
    const page = ld(`//<![CDATA[
      { "@context": "https://schema.org", "@type": "Product", // the product
        "name": "เสื้อยืด
สีขาว", /* block */ "offers": { "@type": "Offer", "price": "290", }, }
      //]]>`);
    expect(sd(page).jsonld).toEqual([{ '@context': 'https://schema.org', '@type': 'Product', name: 'เสื้อยืด\nสีขาว', offers: { '@type': 'Offer', price: '290' } }]);
  });

  it('reads HTML-escaped quotes and several objects in one block', () => {
    expect(parseLenientJson('{&quot;@type&quot;:&quot;Organization&quot;,&quot;name&quot;:&quot;A &amp; B&quot;}')).toEqual([{ '@type': 'Organization', name: 'A & B' }]);
    expect(parseLenientJson('{"@type":"WebSite"}\n{"@type":"Organization"},{"@type":"Store"}').map((o) => (o as { '@type': string })['@type'])).toEqual(['WebSite', 'Organization', 'Store']);
  });

  it('skips a broken or null block and keeps the rest', () => {
    const page = ld('null') + ld('{"@type": "Product", "name": }') + ld('{"@type":"BreadcrumbList"}');
    expect(sd(page).jsonld).toEqual([{ '@type': 'BreadcrumbList' }]);
  });

  it('expands @graph and top-level arrays into one flat list, graph nodes inheriting @context', () => {
    const page = ld('[{"@type":"WebSite","name":"Shop"},{"@context":"https://schema.org","@graph":[{"@type":"Organization"},{"@type":"Product","offers":{"@type":"AggregateOffer"}}]}]');
    const out = sd(page);
    expect(out.jsonld).toEqual([
      { '@type': 'WebSite', name: 'Shop' },
      { '@context': 'https://schema.org', '@type': 'Organization' },
      { '@context': 'https://schema.org', '@type': 'Product', offers: { '@type': 'AggregateOffer' } },
    ]);
    expect(out.types).toEqual(['WebSite', 'Organization', 'Product', 'AggregateOffer']);
  });

  it('ignores scripts of other types', () => {
    expect(sd('<script type="application/json">{"@type":"Product"}</script>').jsonld).toEqual([]);
    expect(sd('<script type="application/ld+json; charset=utf-8">{"@type":"Product"}</script>').types).toEqual(['Product']);
  });
});

describe('microdata in extruct’s shape', () => {
  const page = `<div itemscope itemtype="https://schema.org/Product" itemref="brand-box">
      <h1 itemprop="name">Áo thun</h1><img itemprop="image" src="/a.jpg"><link itemprop="url" href="https://x.example/p">
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
        <span itemprop="price" content="199000">199.000₫</span><meta itemprop="priceCurrency" content="VND">
        <link itemprop="availability" href="https://schema.org/InStock"><time itemprop="priceValidUntil" datetime="2025-12-31">31/12</time>
      </div></div>
    <div id="brand-box"><span itemprop="brand">Hãng</span></div>
    <div itemscope itemtype="https://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" itemid="#a">Home</span></div>`;
  const out = sd(page);

  it('resolves values like extruct: content, src/href (absolute), datetime, text', () => {
    expect(out.microdata[0]).toEqual({
      type: 'https://schema.org/Product',
      properties: {
        name: 'Áo thun',
        image: 'https://shop.example.com/a.jpg',
        url: 'https://x.example/p',
        offers: { type: 'https://schema.org/Offer', properties: { price: '199000', priceCurrency: 'VND', availability: 'https://schema.org/InStock', priceValidUntil: '2025-12-31' } },
        brand: 'Hãng',
      },
    });
  });

  it('gives an item without properties its own value, and lists nested types', () => {
    expect(out.microdata[1]).toEqual({ type: 'https://schema.org/BreadcrumbList', properties: { itemListElement: { type: 'https://schema.org/ListItem', properties: {}, id: '#a', value: 'Home' } } });
    expect(out.types).toEqual(['Product', 'Offer', 'BreadcrumbList', 'ListItem']);
  });

  it('keeps several types and several values as arrays, and survives itemref cycles', () => {
    const cyclic = sd(`<div id="a" itemscope itemtype="https://schema.org/Thing https://schema.org/Product" itemref="b"><span itemprop="name">x</span><span itemprop="name">y</span></div>
      <div id="b" itemprop="related" itemscope itemref="a"><span itemprop="name">z</span></div>`);
    expect(() => JSON.stringify(cyclic)).not.toThrow();
    expect(cyclic.microdata[0]).toMatchObject({ type: ['https://schema.org/Thing', 'https://schema.org/Product'], properties: { name: ['x', 'y'] } });
  });

  it('matches extruct on its itemref sample', () => {
    const dir = resolve(process.cwd(), '../shared/corpus/extruct/tests/samples/schema.org');
    const got = sd(readFileSync(`${dir}/product-ref.html`, 'utf8'), 'http://sample.invalid/').microdata;
    const want = JSON.parse(readFileSync(`${dir}/product-ref.json`, 'utf8')) as unknown[];
    const strip = (v: unknown) => JSON.parse(JSON.stringify(v).replaceAll('http://sample.invalid/', '')) as unknown;
    expect(strip(got)).toEqual(want);
  });
});

describe('RDFa and type names', () => {
  it('reads vocab/typeof/property into the same shape, meta content included', () => {
    const out = sd(`<div vocab="https://schema.org/" typeof="Product"><span property="name">Tee</span>
      <div property="offers" typeof="Offer"><meta property="price" content="12.50"><span property="priceCurrency">EUR</span></div></div>`);
    expect(out.rdfa).toEqual([{ type: 'https://schema.org/Product', properties: { name: 'Tee', offers: { type: 'https://schema.org/Offer', properties: { price: '12.50', priceCurrency: 'EUR' } } } }]);
    expect(out.types).toEqual(['Product', 'Offer']);
  });

  it('shortens type IRIs and prefixes', () => {
    expect(shortType('http://schema.org/Product')).toBe('Product');
    expect(shortType('schema:Offer')).toBe('Offer');
    expect(shortType('https://schema.org/ItemList/')).toBe('ItemList');
    expect(shortType('Recipe')).toBe('Recipe');
  });
});
