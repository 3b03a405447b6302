/**
 * The venue table and the page test: search engines in every country, regional marketplaces,
 * ad-library paths, publishers by their article pages; and on the shared corpus, what ends up a
 * venue and what stays a business.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../lib/analyze/analyze';
import { venueKindOfDomain, venueOfPage, venueOfUrl } from '../../lib/analyze/venues/classify';
import { hasCommerceEvidence, isArticlePage } from '../../lib/analyze/venues/page-signals';
import { VENUES } from '../../lib/analyze/venues/table';

describe('venue table', () => {
  it.each([
    ['google.de', 'search'], ['google.co.uk', 'search'], ['google.com.br', 'search'], ['google.co.th', 'search'], ['google.com', 'search'],
    ['bing.com', 'search'], ['yahoo.co.jp', 'search'], ['yandex.ru', 'search'], ['yandex.com.tr', 'search'], ['baidu.com', 'search'],
    ['duckduckgo.com', 'search'], ['naver.com', 'search'], ['daum.net', 'search'], ['coccoc.com', 'search'], ['seznam.cz', 'search'],
    ['shopee.co.th', 'marketplace'], ['shopee.vn', 'marketplace'], ['lazada.com.ph', 'marketplace'], ['tokopedia.com', 'marketplace'],
    ['tiki.vn', 'marketplace'], ['coupang.com', 'marketplace'], ['gmarket.co.kr', 'marketplace'], ['11st.co.kr', 'marketplace'],
    ['amazon.co.jp', 'marketplace'], ['amazon.de', 'marketplace'], ['amazon.com.au', 'marketplace'], ['noon.com', 'marketplace'],
    ['facebook.com', 'social'], ['instagram.com', 'social'], ['tiktok.com', 'social'], ['line.me', 'social'], ['zalo.me', 'social'],
    ['nytimes.com', 'publisher'], ['vnexpress.net', 'publisher'], ['wikipedia.org', 'publisher'],
  ])('%s is a %s venue', (domain, kind) => {
    expect(venueKindOfDomain(domain)).toBe(kind);
  });

  it.each(['baanthai.co.th', 'googlefonts-shop.com', 'amazonas-store.com.br', 'mybingo.com', 'example.com', 'shopify.com', null])('%s is not a venue', (domain) => {
    expect(venueKindOfDomain(domain)).toBeNull();
  });

  it('tells an ad library from the rest of its network by host and path', () => {
    expect(venueOfUrl('https://www.facebook.com/ads/library/?id=1')?.kind).toBe('ad-library');
    expect(venueOfUrl('https://www.facebook.com/nike')?.kind).toBe('social');
    expect(venueOfUrl('https://adstransparency.google.com/advertiser/AR1')?.kind).toBe('ad-library');
    expect(venueOfUrl('https://www.google.com/search?q=x')?.kind).toBe('search');
    expect(venueOfUrl('https://library.tiktok.com/ads')?.kind).toBe('ad-library');
    expect(venueOfUrl('https://www.linkedin.com/ad-library/search')?.kind).toBe('ad-library');
    expect(venueOfUrl('https://www.google.de/search?q=schuhe')).toEqual({ kind: 'search', domain: 'google.de', by: 'table' });
  });

  it('lists each domain and brand once, in lower case', () => {
    const all = VENUES.flatMap((r) => [...(r.domains ?? []), ...(r.brands ?? [])]);
    expect(new Set(all).size).toBe(all.length);
    for (const d of all) expect(d).toBe(d.toLowerCase());
  });
});

describe('publishers by their pages', () => {
  const base = { offers: [], emailCapture: { present: false, evidence: [] }, technologies: [] };
  const page = (openGraph: Record<string, string>, types: string[] = []) => ({
    url: 'https://www.smalltownherald.example/news/2026/story',
    page: { title: 't', description: null, lang: 'en', canonical: null, siteName: null, image: null, openGraph },
    structuredData: { types, jsonld: [], microdata: [], rdfa: [] },
    ...base,
  });

  it('an article page of a site that sells nothing is a publisher', () => {
    expect(venueOfPage(page({ type: 'article' }))).toEqual({ kind: 'publisher', domain: 'smalltownherald.example', by: 'page' });
    expect(venueOfPage(page({}, ['NewsArticle']))?.kind).toBe('publisher');
    expect(venueOfPage(page({ 'article:published_time': '2026-01-01' }))?.kind).toBe('publisher');
  });

  it('a shop\'s blog post or a page without article signals is not', () => {
    expect(venueOfPage(page({ type: 'website' }))).toBeNull();
    expect(venueOfPage({ ...page({ type: 'article' }), offers: [{ price: 10, currency: 'USD', evidence: [] }] })).toBeNull();
    expect(venueOfPage({ ...page({}, ['BlogPosting', 'Product']) })).toBeNull();
    const shopify = { id: 'shopify', name: 'Shopify', categories: ['ecommerce-platform'], channels: [], stage: 'convert' as const, confidence: 1, evidence: [] };
    expect(venueOfPage({ ...page({ type: 'article' }), technologies: [shopify] })).toBeNull();
  });
});

describe('venues on the shared corpus', () => {
  const corpus = resolve(process.cwd(), '../shared/corpus');
  const rows = readFileSync(resolve(corpus, 'pages.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { source: string; path: string; url: string | null; page_type: string });
  const read = (r: { path: string; url: string | null }) => analyze({ html: readFileSync(resolve(corpus, r.path), 'utf8'), url: r.url! });

  it('every recorded search results page on its real host is a search venue', () => {
    const serps = rows.filter((r) => r.source === 'real-serps' && r.url);
    expect(serps.length).toBeGreaterThanOrEqual(14);
    for (const r of serps) expect(venueOfPage(read(r))?.kind, r.url!).toBe('search');
  });

  it('social profiles and marketplace products are venues; pages with offers never become publishers', () => {
    const social = rows.filter((r) => r.source === 'metascraper' && r.page_type.startsWith('social-') && r.url);
    const venues = social.filter((r) => venueOfPage(read(r)) !== null).length;
    expect(venues / social.length).toBeGreaterThanOrEqual(0.95);
    for (const r of rows.filter((x) => x.page_type === 'ecommerce-product-amazon')) expect(venueOfPage(read(r))?.kind).toBe('marketplace');
    const withOffers = rows.filter((r) => r.url && /^https?:/.test(r.url) && ['extruct', 'formasaurus'].includes(r.source)).map(read).filter((o) => o.offers.length);
    expect(withOffers.length).toBeGreaterThan(10);
    for (const o of withOffers) expect(venueOfPage(o)?.by === 'page', o.url).toBe(false);
  });

  it('most news and brand pages of metascraper that are articles are recognised as publishers', () => {
    const pages = rows.filter((r) => r.page_type === 'article/brand-page' && r.url).map(read);
    const articles = pages.filter((o) => isArticlePage(o) && !hasCommerceEvidence(o));
    expect(articles.length).toBeGreaterThanOrEqual(40);
    for (const o of articles) expect(venueOfPage(o)?.kind === 'publisher' || venueOfPage(o)?.by === 'table', o.url).toBe(true);
  });
});
