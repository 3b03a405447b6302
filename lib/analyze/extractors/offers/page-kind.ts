/**
 * What a page says it is, from its structured data and Open Graph type: a product of its own,
 * or an article (news, blog post, recipe). An article sells no product by the prices printed in
 * it ("raised $55 million", "Subscribe for $1"), so only its structured offers can count.
 *
 * Publishers mark paywalled articles with Google's subscription markup, `isPartOf: {"@type":
 * ["CreativeWork", "Product"], "productID": "site.com:basic"}`: that Product is the
 * subscription, not something on sale on the page, so it declares no product.
 */
import { metaTags } from './meta';
import type { PageDoc } from '../../document';
import type { StructuredDataSummary } from '../../types';

/** schema.org types of a thing on sale. */
export const PRODUCT_TYPES: readonly string[] = ['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'SomeProducts', 'Vehicle', 'Car'];

/** schema.org types of a page that is read, not bought from. */
export const ARTICLE_TYPES: readonly string[] = [
  'Article', 'NewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle', 'OpinionNewsArticle', 'ReportageNewsArticle', 'ReviewNewsArticle',
  'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'DiscussionForumPosting', 'ScholarlyArticle', 'TechArticle', 'Report', 'Recipe',
];

/**
 * Open Graph's article namespace: a page that dates or files itself this way is an article even
 * when it names no og:type. Not `article:modified_time` or `article:publisher`: SEO plugins write
 * those on every page of a site, shop pages included.
 */
export const ARTICLE_META: readonly string[] = ['article:published_time', 'article:section', 'article:author', 'article:tag'];

/** Properties whose value describes what the page belongs to, never what it sells. */
const CONTAINER_PROPS = new Set(['isPartOf', 'publisher', 'sourceOrganization', 'copyrightHolder']);
/** Types that, beside Product on one node, mark the subscription markup above. */
const WORK_TYPES = new Set(['CreativeWork', 'WebPage', 'WebSite', 'Periodical', 'Newspaper']);
/** Nodes and keys read per page; structured data is small, hostile pages are not. */
const MAX_VISITS = 10_000;
const MAX_DEPTH = 12;
const MAX_NAMES = 50;

const PRODUCTS = new Set(PRODUCT_TYPES);
const ARTICLES = new Set(ARTICLE_TYPES);

export interface PageKind {
  /** A product node of the page's own (not a subscription), or og:type product. */
  product: boolean;
  /** og:type product: the page itself says it is a product's page. */
  calledProduct: boolean;
  /** Distinct names of those product nodes, in order (at most MAX_NAMES). */
  productNames: string[];
  /** An article, post or recipe node, or og:type article. */
  article: boolean;
}

export function pageKind(doc: PageDoc, sd: StructuredDataSummary): PageKind {
  const tags = metaTags(doc);
  const og = tags.get('og:type') ?? '';
  const calledProduct = /product/i.test(og);
  const kind: PageKind = { product: calledProduct, calledProduct, productNames: [], article: /^article$/i.test(og) || ARTICLE_META.some((m) => tags.has(m)) };
  const budget = { visits: 0 };
  for (const root of [...sd.jsonld, ...sd.microdata, ...sd.rdfa]) visit(root, false, 0, kind, budget);
  return kind;
}

function visit(value: unknown, contained: boolean, depth: number, kind: PageKind, budget: { visits: number }): void {
  if (depth > MAX_DEPTH || budget.visits++ > MAX_VISITS || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) {
      if (budget.visits > MAX_VISITS) return;
      visit(v, contained, depth + 1, kind, budget);
    }
    return;
  }
  const obj = value as Record<string, unknown>;
  const types = typeNames(obj);
  if (types.some((t) => ARTICLES.has(t))) kind.article = true;
  // Microdata and RDFa items (extruct's shape) keep their properties one level down.
  const props = typeof obj.properties === 'object' && obj.properties !== null && !Array.isArray(obj.properties) ? (obj.properties as Record<string, unknown>) : obj;
  if (!contained && types.some((t) => PRODUCTS.has(t)) && !types.some((t) => WORK_TYPES.has(t))) {
    kind.product = true;
    const name = nameOf(props.name);
    if (name && kind.productNames.length < MAX_NAMES && !kind.productNames.includes(name)) kind.productNames.push(name);
  }
  for (const k in props) {
    // Keys count against the budget too: one object with a million scalar keys is not cheap.
    if (budget.visits++ > MAX_VISITS) return;
    const v = props[k];
    if (typeof v === 'object' && v !== null) visit(v, contained || CONTAINER_PROPS.has(shortName(k)), depth + 1, kind, budget);
  }
}

function nameOf(v: unknown): string | null {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first.trim().slice(0, 200) || null;
  if (first && typeof first === 'object' && '@value' in first) return nameOf((first as { '@value': unknown })['@value']);
  return null;
}

function typeNames(obj: Record<string, unknown>): string[] {
  const raw = obj['@type'] ?? obj.type;
  return (Array.isArray(raw) ? raw : [raw]).filter((t): t is string => typeof t === 'string').map(shortName);
}

/** `http://schema.org/Product` → `Product`. */
function shortName(s: string): string {
  return s.replace(/^.*[/#:]/, '');
}
