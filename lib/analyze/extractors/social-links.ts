/**
 * The competitor's own social accounts, from the links on its page: header and footer icons,
 * `rel=me` links and the `sameAs` list of its Organization JSON-LD. Share buttons, intents,
 * posts and videos are not accounts (parse-profile-url decides). Accounts linked only from a
 * post's body (an embedded tweet, a quoted creator) are kept out by preferring links that sit
 * in the page's chrome or that the page links more than once.
 */
import { attr, absoluteUrl, locate, resolveUrl, type PageDoc } from '../document';
import type { Evidence, SocialProfileLink } from '../types';
import { parseProfileUrl, profileOf, type ProfileRef } from './social/parse-profile-url';

/** Past this many distinct accounts on one platform the links are content (a listicle), not the brand's. */
const MAX_PER_PLATFORM = 3;
const MAX_EVIDENCE = 10;

export function extractSocialLinks(doc: PageDoc): SocialProfileLink[] {
  const found = new Map<string, SocialProfileLink>();
  const add = (ref: ProfileRef, evidence: Evidence) => {
    const key = `${ref.platform}:${ref.handle.toLowerCase()}`;
    const prev = found.get(key);
    // Evidence per account is bounded here (the observation caps it again): the rest is counted.
    if (!prev) found.set(key, { ...ref, evidence: [evidence] });
    else if (prev.evidence!.length < MAX_EVIDENCE) prev.evidence!.push(evidence);
    else prev.moreEvidence = (prev.moreEvidence ?? 0) + 1;
  };
  // On a social network's own page, links to other accounts there are its content, not the page owner's.
  const ownPlatform = parseProfileUrl(doc.url)?.platform;
  // Menus repeat in header, footer and mobile drawer: each distinct href is resolved and read once.
  const byHref = new Map<string, { href: string | null; ref: ProfileRef | null }>();
  for (const a of doc.anchors) {
    const raw = attr(a, 'href');
    let read = raw === null ? undefined : byHref.get(raw);
    if (!read) {
      // Parsed once: the resolved URL is the one its profile is read from.
      const resolved = resolveUrl(raw, doc.url);
      read = { href: resolved?.href ?? null, ref: resolved ? profileOf(resolved) : null };
      if (raw !== null) byHref.set(raw, read);
    }
    const { href, ref } = read;
    if (ref && ref.platform !== ownPlatform) add(ref, { source: 'link', value: href!, selector: locate(a), ref: ref.platform });
  }
  for (const link of doc.links) {
    if (!/\bme\b/i.test(attr(link, 'rel') ?? '')) continue;
    const href = absoluteUrl(attr(link, 'href'), doc.url);
    const ref = href ? parseProfileUrl(href) : null;
    if (ref) add(ref, { source: 'link', value: href!, selector: 'link[rel=me]', ref: ref.platform });
  }
  for (const url of sameAsUrls(doc)) {
    const ref = parseProfileUrl(url);
    if (ref) add(ref, { source: 'structured-data', value: url, selector: 'sameAs', ref: ref.platform });
  }
  return capPerPlatform([...found.values()]);
}

function capPerPlatform(links: SocialProfileLink[]): SocialProfileLink[] {
  const byPlatform = new Map<string, SocialProfileLink[]>();
  for (const l of links) {
    const list = byPlatform.get(l.platform);
    if (list) list.push(l);
    else byPlatform.set(l.platform, [l]);
  }
  return [...byPlatform.values()].flatMap((list) => {
    if (list.length <= MAX_PER_PLATFORM) return list;
    // Many accounts of one platform: keep those backed by structured data or linked repeatedly.
    return list.filter((l) => l.evidence!.some((e) => e.source === 'structured-data') || l.evidence!.length > 1).slice(0, MAX_PER_PLATFORM);
  });
}

const SAME_AS = /"sameAs"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;

/** `sameAs` URLs of JSON-LD blocks, read from the script text without a second JSON parse of the page. */
function sameAsUrls(doc: PageDoc): string[] {
  const out: string[] = [];
  for (const s of doc.scripts) {
    if (!s.type || !/ld\+json/i.test(s.type) || !s.text.includes('sameAs')) continue;
    for (const m of s.text.matchAll(SAME_AS)) {
      try {
        const v = JSON.parse(m[1]) as unknown;
        for (const u of Array.isArray(v) ? v : [v]) if (typeof u === 'string') out.push(u.replace(/\\\//g, '/'));
      } catch {
        // A broken sameAs list says nothing reliable; the anchors still do.
      }
    }
  }
  return out;
}
