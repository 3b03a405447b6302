/**
 * One profile adapter from a small description of its site: which URLs are profiles (and which
 * handle), where the owner's header is, and the selectors inside it. Every profile adapter reads
 * the same way, in the same order of trust:
 *   the platform's embedded app state (exact, never free text) → the owner's rendered header (its
 *   bio left out of counts) → the site's own data (spec.read) → JSON-LD → meta description counts
 *   → og:/title.
 * Nothing is read from the rest of the page, so a signed-in user's menu, inbox or "your profile"
 * panel never becomes the profile's name or counts.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { PageDoc } from '../../document';
import { absoluteUrl } from '../../document';
import type { CaptureInput, SocialPlatform, SocialProfile } from '../../types';
import type { AdapterDefinition, AdapterResult } from '../types';
import { landingUrl } from '../redirects';
import { clean, textIn } from '../text';
import { parseCount } from '../../../numbers/count';
import { readCounts, readCountsIn, type Counts, type ExtraLabels } from './counts';
import { jsonLdProfile, type JsonLdProfile } from './jsonld';
import { stateProfile, type StateKeys } from './state';
import { VERIFIED_LABELS } from './labels';
import { registrableDomain } from '../../domain';
import { description, meta, nameFromTitle, pageLang, pageTitle } from './page';

const domainOf = (url: string) => registrableDomain(url) ?? '';

/** Selectors inside the owner's header, each optional. */
export interface HeaderFields {
  name?: string;
  handle?: string;
  bio?: string;
  avatar?: string;
  externalUrl?: string;
  /** The badge itself (any match means verified). */
  verified?: string;
  /**
   * Where a badge labelled "Verified" (in any language, labels.ts) may sit; the whole header when
   * neither this nor `verified` is given. A feed's verified authors must not count.
   */
  verifiedIn?: string;
  /** Elements holding one bare count each ("783.4K" in `strong[data-e2e=followers-count]`). */
  counts?: Partial<Record<'followers' | 'following' | 'posts', string>>;
}

export type ProfileParts = Partial<Omit<SocialProfile, 'platform'>>;

export interface ReadContext {
  $: CheerioAPI;
  /** The owner's header, when one of `header` matched. */
  header: Cheerio<AnyNode> | null;
  lang: string | null;
  handle: string;
}

export interface ProfileSpec {
  platform: SocialPlatform;
  matches: RegExp[];
  /** The handle of the profile this URL shows, or null for posts, videos, search, feeds, settings. */
  handleFromUrl(url: URL): string | null;
  /** The site's names, so a title that is only "Instagram" is not taken for the owner's name. */
  siteNames: readonly string[];
  /** Selectors of the owner's profile header, tried in order. */
  header?: readonly string[];
  fields?: HeaderFields;
  /** Count labels this site uses beyond the shared table. */
  labels?: ExtraLabels;
  /**
   * The handle the page writes (header, site data) wins over the URL's: a YouTube channel is
   * reached by /channel/UC… or /@name, and competitors' sites link the @name.
   */
  preferWrittenHandle?: boolean;
  /** The meta description is the owner's bio on this site (not a sentence of counts). */
  bioFromDescription?: boolean;
  /** Key names of the platform's embedded app state (state.ts): read first, exact and never free text. */
  state?: StateKeys;
  /** Site-specific reading (embedded app data, header variants), trusted after the header. */
  read?(doc: PageDoc, ctx: ReadContext): ProfileParts;
}

/** Path segments of a URL, decoded, empty ones dropped. */
export function pathSegments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

function handleOf(spec: ProfileSpec, href: string): string | null {
  try {
    return spec.handleFromUrl(new URL(href));
  } catch {
    return null;
  }
}

/** Builds the adapter definition (matches, detect, extract) for one profile site. */
export function profileAdapter(spec: ProfileSpec): AdapterDefinition {
  return {
    matches: spec.matches,
    detect: (_doc: PageDoc, capture: CaptureInput) => (handleOf(spec, capture.url) ? 'social-profile' : null),
    extract: (doc: PageDoc, capture: CaptureInput): AdapterResult => ({
      kind: 'social-profile',
      profile: readProfile(spec, doc, canonicalOrUrlHandle(spec, doc, capture.url)),
    }),
  };
}

/**
 * The handle in the page's canonical URL (og:url, rel=canonical) when it names a profile of this
 * site, else the visited URL's: /company/10529043 and /company/audiense are one page, and
 * snapshots of one profile must share one handle.
 */
function canonicalOrUrlHandle(spec: ProfileSpec, doc: PageDoc, visited: string): string {
  const canonical = doc.links.find((l) => /(^|\s)canonical(\s|$)/i.test(l.attribs.rel ?? ''))?.attribs.href;
  for (const href of [meta(doc, 'og:url'), canonical]) {
    const abs = absoluteUrl(href, visited);
    const handle = abs && spec.matches.some((re) => re.test(abs)) ? handleOf(spec, abs) : null;
    if (handle) return handle;
  }
  return handleOf(spec, visited) ?? '';
}

function findHeader($: CheerioAPI, selectors: readonly string[] = []): Cheerio<AnyNode> | null {
  for (const sel of selectors) {
    const found = $(sel).first();
    if (found.length) return found;
  }
  return null;
}

/** The JSON-LD profile, when it is about this handle (not the site's own Organization). */
function ownJsonLd(doc: PageDoc, handle: string, spec: ProfileSpec): JsonLdProfile | null {
  const ld = jsonLdProfile(doc);
  if (!ld) return null;
  const same = (h: string) => h.toLowerCase() === handle.toLowerCase();
  const urlHandle = ld.url ? handleOf(spec, absoluteUrl(ld.url, doc.url) ?? '') : null;
  if (ld.handles.some(same) || (urlHandle && same(urlHandle))) return ld;
  return ld.url || ld.handles.length ? null : ld;
}

function readProfile(spec: ProfileSpec, doc: PageDoc, urlHandle: string): SocialProfile {
  const $ = doc.$();
  const lang = pageLang(doc);
  const header = findHeader($, spec.header);
  const ctx: ReadContext = { $, header, lang, handle: urlHandle };
  const fromHeader = header ? readHeader(spec, doc, ctx, header) : {};
  const fromSite = spec.read?.(doc, ctx) ?? {};
  const ld = ownJsonLd(doc, urlHandle, spec);
  const fromState = spec.state ? stateProfile(doc, urlHandle, spec.state, lang) : {};
  const bios = [fromState.bio, fromHeader.bio, fromSite.bio, ld?.bio].filter((b): b is string => !!b);
  const fromMeta = metaParts(spec, doc, lang, bios);
  const parts: ProfileParts[] = [fromState, fromHeader, fromSite, ld ?? {}, fromMeta];
  const pick = <K extends keyof ProfileParts>(key: K): NonNullable<ProfileParts[K]> | null => {
    for (const p of parts) if (p[key] !== undefined && p[key] !== null) return p[key] as NonNullable<ProfileParts[K]>;
    return null;
  };
  return {
    platform: spec.platform,
    handle: profileHandle(spec, urlHandle, [fromHeader.handle, fromSite.handle, ...(ld?.handles ?? [])]),
    name: pick('name'),
    followers: pick('followers'),
    following: pick('following'),
    posts: pick('posts'),
    bio: pick('bio'),
    verified: pick('verified'),
    externalUrl: pick('externalUrl'),
    avatar: pick('avatar'),
  };
}

/**
 * The URL's handle, written the way the page writes it when that is the same handle ("Kikobeats"
 * for x.com/kikobeats); with `preferWrittenHandle`, the page's first written handle.
 */
function profileHandle(spec: ProfileSpec, urlHandle: string, written: (string | null | undefined)[]): string | null {
  const handles = written.map((h) => h?.replace(/^@/, '').trim()).filter((h): h is string => !!h);
  if (spec.preferWrittenHandle && handles.length) return handles[0];
  if (!urlHandle) return null;
  return handles.find((h) => h.toLowerCase() === urlHandle.toLowerCase()) ?? urlHandle;
}

function readHeader(spec: ProfileSpec, doc: PageDoc, ctx: ReadContext, header: Cheerio<AnyNode>): ProfileParts {
  const f = spec.fields ?? {};
  const within = (sel?: string) => (sel ? header.find(sel).first() : null);
  // The bio is free text: a street number or "100 posts a year" in it is not a count.
  const freeText = [f.bio, FREE_TEXT].filter(Boolean).join(', ');
  const counts: Counts = { ...readCountsIn(ctx.$, header, ctx.lang, spec.labels, freeText), ...bareCounts(header, f.counts, ctx.lang) };
  const avatar = within(f.avatar);
  const link = within(f.externalUrl);
  return {
    name: f.name ? textIn(header.find(f.name)) : undefined,
    handle: f.handle ? textIn(header.find(f.handle))?.replace(/^@/, '') : undefined,
    bio: f.bio ? textIn(header.find(f.bio)) : undefined,
    avatar: avatar?.length ? absoluteUrl(avatar.attr('src') ?? avatar.attr('href'), doc.url) : undefined,
    externalUrl: link?.length ? outboundUrl(link.attr('href'), textIn(link), doc.url) : undefined,
    verified: hasVerifiedBadge(header, f),
    followers: counts.followers,
    following: counts.following,
    posts: counts.posts,
  };
}

/** Where profiles keep free text (bios, descriptions, posts), whatever the site. */
const FREE_TEXT = '[data-e2e="user-bio"], [data-testid="UserDescription"], [class*="biography" i], [class*="user-bio" i], [class*="description" i], article, blockquote';

function bareCounts(header: Cheerio<AnyNode>, selectors: HeaderFields['counts'], lang: string | null): Counts {
  const out: Counts = {};
  for (const [metric, sel] of Object.entries(selectors ?? {}) as [keyof Counts, string][]) {
    const el = header.find(sel).first();
    const raw = el.attr('title') && /\d/.test(el.attr('title')!) ? el.attr('title')! : textIn(el);
    const value = raw ? parseCount(raw, lang) : null;
    if (value !== null) out[metric] = value;
  }
  return out;
}

/** The owner's link as its target: redirect wrappers decoded, or the shown text when it is a bare domain. */
export function outboundUrl(href: string | undefined, shown: string | null, base: string): string | null {
  const target = landingUrl(href, base);
  // A wrapper nobody decodes (l.instagram.com, t.co, tiktok.com/link) stays on the platform or a
  // shortener; the address shown ("twitch.tv/x"), when whole, is then the truth.
  const onPlatform = !target || SHORTENERS.test(domainOf(target)) || domainOf(target) === domainOf(base);
  if (shown && onPlatform && SHOWN_URL.test(shown)) {
    return absoluteUrl(/^https?:/i.test(shown) ? shown : `https://${shown}`, base);
  }
  return target && withoutPlatformClickIds(target);
}

/** Click ids the platform appends on the way out (`?fbclid=`): not part of the owner's link. */
const PLATFORM_CLICK_IDS = ['fbclid', 'igshid', 'igsh'];

function withoutPlatformClickIds(url: string): string {
  const u = new URL(url);
  PLATFORM_CLICK_IDS.forEach((p) => u.searchParams.delete(p));
  return u.href;
}

const SHOWN_URL = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/[^\s…]*)?$/i;
const SHORTENERS = /^(t\.co|lnkd\.in|bit\.ly|linktr\.ee|youtu\.be|fb\.me)$/;


const VERIFIED = new Set(VERIFIED_LABELS.map((l) => l.toLowerCase()));

function hasVerifiedBadge(header: Cheerio<AnyNode>, f: HeaderFields): boolean {
  if (f.verified && header.find(f.verified).length) return true;
  if (f.verified && !f.verifiedIn) return false;
  const scope = f.verifiedIn ? header.find(f.verifiedIn) : header;
  return scope
    .find('[aria-label],[title],img[alt]')
    .addBack('[aria-label],[title],img[alt]')
    .toArray()
    .some((el) => ['aria-label', 'title', 'alt'].some((a) => VERIFIED.has((clean((el as Element).attribs[a]) ?? '').toLowerCase())));
}

function metaParts(spec: ProfileSpec, doc: PageDoc, lang: string | null, bios: string[]): ProfileParts {
  const desc = description(doc);
  // Descriptions quote the bio after the counts: its numbers are not counts.
  const countsText = bios.reduce((t, b) => t?.split(b).join(' ') ?? t, desc);
  const counts = readCounts(countsText, lang, spec.labels);
  return {
    name: nameFromTitle(pageTitle(doc), spec.siteNames),
    bio: spec.bioFromDescription ? desc : undefined,
    avatar: absoluteUrl(meta(doc, 'og:image', 'twitter:image'), doc.url),
    followers: counts.followers,
    following: counts.following,
    posts: counts.posts,
  };
}
