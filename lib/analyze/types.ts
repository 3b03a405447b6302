/**
 * The observation contract: what `analyze()` returns, what `audit --json` prints and what the
 * extension stores. Field names follow the foundation issue; additions sit beside them.
 */

/** RACE stages (Plan, Reach, Act, Convert, Engage). */
export type RaceStage = 'plan' | 'reach' | 'act' | 'convert' | 'engage';
export const RACE_STAGES: readonly RaceStage[] = ['plan', 'reach', 'act', 'convert', 'engage'];

/** Funnel position of a channel or piece of evidence. */
export type FunnelStage = 'tofu' | 'mofu' | 'bofu';

/** Paid, owned or earned media. */
export type MediaType = 'paid' | 'owned' | 'earned';

/** The marketing channels the product recognises (see channels/taxonomy.ts). */
export type ChannelId =
  | 'seo-content'
  | 'paid-search'
  | 'paid-social'
  | 'display-retargeting'
  | 'shopping-marketplaces'
  | 'affiliate'
  | 'influencer'
  | 'email-sms'
  | 'organic-social'
  | 'community'
  | 'loyalty-referral'
  | 'reviews'
  | 'chat-messaging';

export type ObservationKind = 'page' | 'product' | 'serp' | 'ad' | 'social-profile';

/**
 * Where a piece of evidence was found. Every claim shown to the user carries at least one.
 * `source` names the kind of place; `value` is the matched text, URL or name (trimmed);
 * `selector` locates it in the page where that makes sense.
 */
export interface Evidence {
  source: EvidenceSource;
  value: string;
  selector?: string;
  /** What the evidence points at, e.g. a technology id or a social platform. */
  ref?: string;
  /** A tag parked by a consent manager until the visitor accepts cookies: installed, not running as clipped. */
  held?: 'consent';
}

export type EvidenceSource =
  | 'script-src' // <script src>
  | 'resource' // a URL the page loaded (Performance API) or referenced (img, iframe, link)
  | 'inline-script' // text of an inline <script>
  | 'meta' // <meta name/property>
  | 'cookie' // a cookie name written by a script
  | 'dom' // an element id, class or attribute
  | 'html' // the raw HTML, where no other pattern sees a marker (weak on its own)
  | 'global' // a window global seen in the page's own world
  | 'link' // an <a href>
  | 'form' // a <form> and its fields
  | 'structured-data' // JSON-LD, microdata or RDFa
  | 'text' // visible text
  | 'url' // the clipped URL itself (campaign parameters)
  | 'technology' // derived from a detected technology
  | 'implies' // implied by another technology
  | 'adapter'; // a site adapter's reading of the page

export interface PageMeta {
  title: string | null;
  description: string | null;
  lang: string | null;
  canonical: string | null;
  siteName: string | null;
  image: string | null;
  /** Extras beside the contract's names. */
  dir?: 'ltr' | 'rtl' | null;
  author?: string | null;
  publisher?: string | null;
  logo?: string | null;
  date?: string | null;
  hreflang?: { lang: string; url: string }[];
  openGraph?: Record<string, string>;
  twitter?: Record<string, string>;
  headings?: { level: number; text: string }[];
  robots?: string | null;
  keywords?: string[];
}

export type Availability =
  | 'in_stock'
  | 'out_of_stock'
  | 'preorder'
  | 'backorder'
  | 'limited'
  | 'discontinued'
  | 'unknown';

export interface Offer {
  /** null: a product the page shows without a price, e.g. out of stock (availability says so). */
  price: number | null;
  currency: string | null;
  regularPrice?: number;
  availability?: Availability;
  /** Percentage off regularPrice, rounded to one decimal. */
  discountPercent?: number;
  name?: string;
  sku?: string;
  /** Where a range or "from" price was written. */
  priceMax?: number;
  isFromPrice?: boolean;
  evidence: Evidence[];
  /** How many more pieces of evidence were found than are kept (the cap per claim). */
  moreEvidence?: number;
}

/** An offer with its price read: what the extractors build and reconcile before a priceless one is added. */
export type PricedOffer = Offer & { price: number };

export interface Promotion {
  type: 'percent-off' | 'amount-off' | 'strike-through' | 'free-shipping' | 'coupon' | 'countdown' | 'bundle' | 'bnpl' | 'gift';
  text: string;
  value?: number;
  currency?: string | null;
  code?: string;
  threshold?: number;
  evidence: Evidence[];
  /** How many more pieces of evidence were found than are kept (the cap per claim). */
  moreEvidence?: number;
}

export interface Technology {
  id: string;
  name: string;
  categories: string[];
  channels: ChannelId[];
  stage: RaceStage;
  /** 0..1; several independent kinds of evidence raise it. */
  confidence: number;
  evidence: Evidence[];
  /** How many more pieces of evidence were found than are kept (the cap per claim). */
  moreEvidence?: number;
  website?: string;
  /** Every piece of evidence that it runs is a tag parked until cookie consent. */
  held?: 'consent';
}

export type SocialPlatform =
  | 'instagram'
  | 'tiktok'
  | 'youtube'
  | 'facebook'
  | 'x'
  | 'linkedin'
  | 'pinterest'
  | 'threads'
  | 'bluesky'
  | 'line'
  | 'zalo'
  | 'kakaotalk'
  | 'whatsapp'
  | 'telegram'
  | 'snapchat'
  | 'reddit'
  | 'discord'
  | 'naver-blog'
  | 'github';

export interface SocialProfileLink {
  platform: SocialPlatform;
  handle: string;
  url: string;
  evidence?: Evidence[];
  /** How many more pieces of evidence were found than are kept (the cap per claim). */
  moreEvidence?: number;
}

export interface EmailCapture {
  /** The page captures e-mail: a sign-up form, or an e-mail/pop-up/SMS tool whose forms render late. */
  present: boolean;
  /** A newsletter sign-up form (a <form> or a widget built without one) is on the page itself. */
  signupForm?: boolean;
  /** Also true where an SMS opt-in (phone field in a signup form, SMS provider) is present. */
  sms?: boolean;
  forms?: { kind: FormKind; selector: string; fields: string[] }[];
  evidence: Evidence[];
  /** How many more pieces of evidence were found than are kept (the cap per claim). */
  moreEvidence?: number;
}

/** 'alert': saved-search, back-in-stock or reply notifications — a list of its own kind, not a newsletter. */
export type FormKind = 'newsletter' | 'login' | 'register' | 'search' | 'contact' | 'checkout' | 'add-to-cart' | 'password' | 'alert' | 'other';

export interface Messaging {
  headline: string | null;
  hero: string | null;
  ctas: string[];
  valueProps: string[];
}

export interface Campaign {
  /** The paid channel that brought the visit, inferred from click ids and utm_*. */
  channel: ChannelId | null;
  source: string | null;
  medium: string | null;
  name: string | null;
  term?: string | null;
  content?: string | null;
  clickIds: string[];
  evidence: Evidence[];
  /** How many more pieces of evidence were found than are kept (the cap per claim). */
  moreEvidence?: number;
}

export interface ChannelClaim {
  channel: ChannelId;
  stage: RaceStage;
  media: MediaType;
  funnel: FunnelStage;
  /** 0..1 */
  confidence: number;
  evidence: Evidence[];
  /** How many more pieces of evidence were found than are kept (the cap per claim). */
  moreEvidence?: number;
}

export interface Ad {
  advertiser: string | null;
  headline: string | null;
  text: string | null;
  displayUrl: string | null;
  landingUrl: string | null;
  /**
   * Where the landing URL was read: the ad's link (a plain or decoded click URL), or, where the
   * engine's click token is opaque (Yandex, Naver, Google's empty `adurl=`), the display URL the
   * ad shows, which names the advertiser's site but maybe not the exact page.
   */
  landingSource?: 'link' | 'display-url' | null;
  /** e.g. "top-1", "bottom-2", "card-3" */
  position: string | null;
  /** Extras for ad libraries, shopping ads and picked ads. */
  advertiserDomain?: string | null;
  platform?: string;
  libraryId?: string | null;
  active?: boolean | null;
  startDate?: string | null;
  platforms?: string[];
  cta?: string | null;
  creativeType?: 'image' | 'video' | 'carousel' | 'text' | null;
  creativeUrl?: string | null;
  /** `url` is null where the engine's click token hides the target (never the engine's click itself). */
  sitelinks?: { title: string; url: string | null }[];
  product?: string | null;
  price?: number | null;
  currency?: string | null;
  merchant?: string | null;
  evidence?: Evidence[];
  /** How many more pieces of evidence were found than are kept (the cap per claim). */
  moreEvidence?: number;
  /** Where the ad ran (a picked ad's host page): the publisher, never the advertiser. */
  placement?: AdPlacement | null;
  /** The ad server or native network seen in the ad's click or creative URL. */
  adServer?: { id: string; name: string } | null;
  /** Campaign parameters of the landing URL (utm_*, click ids). */
  campaign?: Campaign | null;
  /** Every link inside the ad, redirect wrappers decoded. */
  links?: string[];
}

export interface AdPlacement {
  url: string;
  /** Registrable domain of the host page. */
  domain: string | null;
  title?: string | null;
  /** The kind of venue the host page is (publisher, social, search…), when it is one. */
  venue?: string | null;
}

export interface SerpResult {
  rank: number;
  title: string;
  url: string;
  displayUrl: string | null;
  snippet: string | null;
}

export interface Serp {
  engine: string;
  query: string | null;
  results: SerpResult[];
  /** The engine showed a challenge (captcha) instead of results: none were there to read. */
  blocked?: boolean;
}

export interface SocialProfile {
  platform: SocialPlatform;
  handle: string | null;
  name: string | null;
  followers: number | null;
  following: number | null;
  posts: number | null;
  bio: string | null;
  verified: boolean | null;
  externalUrl?: string | null;
  avatar?: string | null;
}

export interface StructuredDataSummary {
  /** schema.org types seen, e.g. ["Product", "Organization", "BreadcrumbList"]. */
  types: string[];
  jsonld: unknown[];
  microdata: unknown[];
  rdfa: unknown[];
}

export interface Observation {
  url: string;
  domain: string | null;
  kind: ObservationKind;
  page: PageMeta;
  offers: Offer[];
  technologies: Technology[];
  socialProfiles: SocialProfileLink[];
  emailCapture: EmailCapture;
  channels: ChannelClaim[];
  ads: Ad[];
  profile: SocialProfile | null;
  serp?: Serp;
  structuredData: StructuredDataSummary;
  promotions: Promotion[];
  messaging: Messaging;
  campaign: Campaign | null;
  /** Which site adapter read the page, if any. */
  adapter?: string | null;
  /** ISO time of capture, when known. */
  capturedAt?: string | null;
  /** The page was cut at the capture's limit; what follows it was not read. */
  truncated?: { limitChars: number };
  analyzerVersion: number;
  /** What the analysis left out of a large page (caps in README "Bounds"); absent when nothing was. */
  limits?: LimitNote[];
}

/**
 * One part of the page or the observation that was cut: `part` names it (`elements.anchors`,
 * `jsonld.depth`, `evidence.technologies`, `observation.size`), `kept` how many were read or
 * kept, `dropped` how many were left out.
 */
export interface LimitNote {
  part: string;
  kept: number;
  dropped: number;
}

/**
 * What the capture script hands to the analyzer. Only `html` and `url` are required, so the
 * audit command and tests can analyse a saved page.
 */
export interface CaptureInput {
  html: string;
  url: string;
  title?: string;
  /** URLs of resources the page loaded (Performance API), incl. tags fired after load. */
  resources?: string[];
  /** Names of marketing globals present in the page's own world (fbq, ttq, dataLayer…). */
  globals?: string[];
  capturedAt?: string;
  /** Set when the user picked one element as an ad with the element picker. */
  picked?: PickedElement;
  /** Set when the page was larger than the capture keeps: only its first `limitChars` (document order) were read. */
  truncated?: { limitChars: number };
}

export interface PickedElement {
  html: string;
  text: string;
  links: string[];
  images: string[];
  selector: string;
  rect?: { x: number; y: number; width: number; height: number };
}
