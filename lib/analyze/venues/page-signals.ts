/**
 * Is a page an article, and does it show any commerce? A publisher cannot be listed in advance,
 * but its pages say what they are: `og:type=article`, a NewsArticle / BlogPosting JSON-LD, an
 * `article:published_time`. A shop's blog post says so too, so an article counts as a
 * publisher's only where the page shows no commerce at all. Signals are tables.
 */
import type { Observation } from '../types';

/** schema.org types of an article page. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'TechArticle', 'ScholarlyArticle', 'Report',
]);
/** `og:type` values of an article. */
const ARTICLE_OG_TYPES: ReadonlySet<string> = new Set(['article', 'news', 'blog', 'newsarticle']);
/** Open Graph article properties a publisher's CMS writes. */
const ARTICLE_OG_KEYS: readonly string[] = ['article:published_time', 'article:section', 'article:publisher'];

/** schema.org types that mean something is for sale on the page. */
const COMMERCE_TYPES: ReadonlySet<string> = new Set(['Product', 'ProductGroup', 'IndividualProduct', 'Offer', 'AggregateOffer', 'Store', 'OnlineStore', 'ShoppingCenter']);
/** Form kinds that buy. */
const COMMERCE_FORMS: ReadonlySet<string> = new Set(['add-to-cart', 'checkout']);
/** Technology categories of a shop (its platform, its checkout). */
const COMMERCE_CATEGORIES: ReadonlySet<string> = new Set(['ecommerce-platform', 'bnpl', 'payments']);

type Inputs = Pick<Observation, 'page' | 'structuredData' | 'offers' | 'emailCapture' | 'technologies'>;

export function isArticlePage(obs: Pick<Observation, 'page' | 'structuredData'>): boolean {
  const og = obs.page.openGraph ?? {};
  if (og.type && ARTICLE_OG_TYPES.has(og.type.trim().toLowerCase())) return true;
  if (ARTICLE_OG_KEYS.some((k) => og[k])) return true;
  return obs.structuredData.types.some((t) => ARTICLE_TYPES.has(t));
}

export function hasCommerceEvidence(obs: Inputs): boolean {
  if (obs.offers.length) return true;
  if (obs.structuredData.types.some((t) => COMMERCE_TYPES.has(t))) return true;
  if (obs.emailCapture.forms?.some((f) => COMMERCE_FORMS.has(f.kind))) return true;
  return obs.technologies.some((t) => t.categories.some((c) => COMMERCE_CATEGORIES.has(c)));
}
