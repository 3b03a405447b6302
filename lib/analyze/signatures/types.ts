/**
 * A technology signature: what a marketing technology is, which channel and RACE stage its
 * presence is evidence of, and the patterns that reveal it. One file per technology in
 * `defs/`, written from the vendor's own public documentation of its snippet.
 *
 * Patterns are strings compiled once to case-insensitive RegExps (except `dom`, `globals`
 * and `cookies`, which are exact names). Every regex needs a literal run of 3+ characters
 * (e.g. a host name): the engine scans for those literals first and runs only the patterns
 * whose literal occurs (see literal.ts); the conventions test enforces it. A `resources` pattern is tested against every URL the
 * page references or loaded: script src, link href, iframe src, img src, form action, URLs
 * written in inline scripts and JSON config (Shopify's `asyncLoad` list, JSON-escaped), and the
 * capture's Performance API list, so tags a tag manager fires after load are found too.
 * Nothing inside an HTML comment counts: a commented-out tag is disabled.
 */
import type { ChannelId, RaceStage } from '../types';

export type TechCategory =
  | 'ecommerce-platform'
  | 'marketplace'
  | 'analytics'
  | 'tag-manager'
  | 'advertising'
  | 'email'
  | 'sms'
  | 'marketing-automation'
  | 'popup'
  | 'affiliate'
  | 'referral'
  | 'loyalty'
  | 'reviews'
  | 'ugc'
  | 'live-chat'
  | 'messaging'
  | 'helpdesk'
  | 'cro'
  | 'personalisation'
  | 'ab-testing'
  | 'session-replay'
  | 'consent'
  | 'bnpl'
  | 'payments'
  | 'search'
  | 'cms'
  | 'push'
  | 'social'
  | 'influencer'
  | 'subscriptions'
  | 'feeds';

export interface SignaturePatterns {
  /** Regexes on <script src> and on URLs written in inline scripts (Shopify's asyncLoad list). */
  scriptSrc?: string[];
  /**
   * Regexes on any URL the page referenced or loaded (incl. captured resources), on URLs
   * written in inline scripts and JSON config, and on <form action>.
   */
  resources?: string[];
  /** Regexes on inline <script> text. */
  inline?: string[];
  /** meta name/property → regex on content ('' matches any content). */
  meta?: Record<string, string>;
  /**
   * Cookie names a vendor's script writes, found quoted or assigned in inline scripts
   * (`'_fbp'`, `_fbp=`); a trailing `*` makes a prefix (`'_ga_*'`).
   */
  cookies?: string[];
  /**
   * DOM markers: '#id', '.class', '[attribute]', or a custom element's tag name
   * ('klarna-placement'); a trailing * makes a prefix ('[data-oke-*]', '#my-store-*').
   */
  dom?: string[];
  /** Window globals the vendor's snippet defines (seen in the page's own world at capture). */
  globals?: string[];
  /** Regexes on <a href> (store links, e.g. a shop's Shopee storefront) and on <form action>. */
  links?: string[];
  /** Regexes on the raw HTML; a last resort, for markers no other pattern sees. */
  html?: string[];
}

export interface SignatureFixture {
  /** A minimal page (or fragment) with the vendor's documented snippet. */
  html: string;
  resources?: string[];
  globals?: string[];
}

export interface Signature {
  id: string;
  name: string;
  website: string;
  categories: TechCategory[];
  /** Marketing channels its presence is evidence of (empty for pure measurement tools). */
  channels: ChannelId[];
  /** RACE stage it serves. */
  stage: RaceStage;
  patterns: SignaturePatterns;
  /** Ids of technologies its presence implies (e.g. Shopify Inbox → Shopify). */
  implies?: string[];
  /** Where the patterns come from: the vendor's public snippet documentation. */
  docs?: string;
  fixtures: { positive: SignatureFixture[]; negative: SignatureFixture[] };
}

/** Typed identity helper so each defs/ file is checked against the schema. */
export function defineSignature(sig: Signature): Signature {
  return sig;
}
