/**
 * Social profile adapters on real pages: the metascraper social fixtures (Instagram, TikTok,
 * YouTube, X, LinkedIn, Bluesky profiles and posts) and the m.facebook.com cassettes.
 *
 * Labels come from the corpus, not from the adapters: a page is a profile when the upstream test
 * that saved it says so ("from profile", "youtube channel", "linkedin (company)") and not one when
 * it names a post, video, story, list or tweet; the expected platform is the corpus's page type;
 * the expected handle is the one in the URL or the page's canonical URL; a page "states" its
 * follower count when its HTML writes a number beside "followers"/"subscribers" or a JSON-LD
 * FollowAction count. For the Facebook cassettes, a page header exists where m.facebook.com
 * wrote its "people like this" line, and the expected name is the account the upstream test
 * fetched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { runAdapters } from '../../lib/analyze/adapters/registry';
import type { SocialProfile } from '../../lib/analyze/types';
import type { EvalResult } from './types';

interface PageRow {
  source: string;
  path: string;
  page_type: string;
  url: string;
}

export interface SocialCase {
  path: string;
  url: string;
  platform: string;
  /** True: a profile page; false: a post, video, story or list. */
  isProfile: boolean;
  /** Handles the page may rightly be read as (URL and canonical URL); empty for id-only URLs. */
  handles: string[];
  /** The follower count the page's JSON-LD states, when it does. */
  statedFollowers: number | null;
  /** The page writes a follower count somewhere (text, meta, JSON-LD, app data). */
  statesFollowers: boolean;
}

export interface AdapterOutcome {
  kind: string | null;
  profile: SocialProfile | null;
  ms: number;
}

const PLATFORM_OF_TYPE: Readonly<Record<string, string>> = {
  'social-instagram': 'instagram',
  'social-tiktok': 'tiktok',
  'social-youtube': 'youtube',
  'social-x': 'x',
  'social-linkedin-company': 'linkedin',
  'social-bluesky': 'bluesky',
};

const PROFILE_WORDS = /\b(profile|channel|company)\b/i;
const NOT_PROFILE_WORDS = /\b(post|posts|video|story|list|tweet|photo|clip|igtv|pulse|gif|image|title)\b/i;
const STATES_FOLLOWERS = /\d[\d.,]*\s?[KkMm]?\s*(followers|subscribers|suscriptores|seguidores)\b|"subscriberCountText"|FollowAction/i;

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Upstream test names per fixture path, from metascraper's cases.jsonl. */
function testNames(corpusDir: string): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const c of readJsonl<{ test: string; fixtures: string[] }>(path.join(corpusDir, 'metascraper/cases.jsonl'))) {
    for (const f of c.fixtures) names.set(`metascraper/${f}`, [...(names.get(`metascraper/${f}`) ?? []), c.test]);
  }
  return names;
}

function labelOf(names: string[]): boolean | null {
  for (const n of names) {
    if (PROFILE_WORDS.test(n)) return true;
    if (NOT_PROFILE_WORDS.test(n)) return false;
  }
  return null;
}

/** The handle a URL names, read plainly per platform (no adapter code). */
function urlHandle(platform: string, href: string | null | undefined): string | null {
  if (!href) return null;
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return null;
  }
  const segs = u.pathname.split('/').filter(Boolean);
  const byPlatform: Record<string, string | undefined> = {
    instagram: segs[0],
    tiktok: segs[0]?.replace(/^@/, ''),
    x: segs[0],
    youtube: segs[0]?.startsWith('@') ? segs[0].slice(1) : undefined,
    linkedin: segs[0] === 'company' && !/^\d+$/.test(segs[1] ?? '') ? segs[1] : undefined,
    bluesky: segs[0] === 'profile' ? segs[1] : undefined,
  };
  return byPlatform[platform] ?? null;
}

function canonicalOf(html: string): string | null {
  return (
    /<meta[^>]+property="og:url"[^>]+content="([^"]+)"/i.exec(html)?.[1] ??
    /<meta[^>]+content="([^"]+)"[^>]+property="og:url"/i.exec(html)?.[1] ??
    /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/i.exec(html)?.[1] ??
    null
  );
}

function jsonLdFollowers(html: string): number | null {
  const m = /"interactionType":\s*(?:\{[^}]*"@type":\s*)?"[^"]*FollowAction"\}?,\s*(?:"name":\s*"[^"]*",\s*)?"userInteractionCount":\s*(\d+)/.exec(html);
  return m ? Number(m[1]) : null;
}

/** The labelled social pages of the corpus. */
export function socialCases(corpusDir: string): SocialCase[] {
  const names = testNames(corpusDir);
  const rows = readJsonl<PageRow>(path.join(corpusDir, 'pages.jsonl')).filter((r) => PLATFORM_OF_TYPE[r.page_type]);
  const out: SocialCase[] = [];
  for (const r of rows) {
    const isProfile = labelOf(names.get(r.path) ?? []);
    if (isProfile === null) continue;
    const platform = PLATFORM_OF_TYPE[r.page_type];
    const html = readFileSync(path.join(corpusDir, r.path), 'utf8');
    const handles = [urlHandle(platform, r.url), urlHandle(platform, canonicalOf(html))].filter((h): h is string => !!h);
    out.push({
      path: r.path,
      url: r.url,
      platform,
      isProfile,
      handles: [...new Set(handles.map((h) => h.toLowerCase()))],
      statedFollowers: jsonLdFollowers(html),
      statesFollowers: STATES_FOLLOWERS.test(html),
    });
  }
  return out;
}

/** One page through the adapter registry, timed. */
export function runCase(corpusDir: string, c: { path: string; url: string }): AdapterOutcome {
  const html = readFileSync(path.join(corpusDir, c.path), 'utf8');
  const t = performance.now();
  const result = runAdapters(parsePage(html, c.url), { html, url: c.url });
  return { kind: result?.kind ?? null, profile: result?.profile ?? null, ms: performance.now() - t };
}

/** Right platform and handle (any handle for a URL that carries only an id). */
export function rightProfile(c: SocialCase, p: SocialProfile | null): boolean {
  if (!p || p.platform !== c.platform || !p.handle) return false;
  return c.handles.length === 0 || c.handles.includes(p.handle.toLowerCase());
}

/** Within 5% of the JSON-LD count (shown counts are rounded: 783.4K for 783,427). */
export function followersAgree(c: SocialCase, p: SocialProfile | null): boolean {
  if (typeof p?.followers !== 'number') return false;
  return c.statedFollowers === null || Math.abs(p.followers - c.statedFollowers) <= 0.05 * c.statedFollowers;
}

export interface FacebookCase {
  path: string;
  url: string;
  /** The account the upstream test fetched, where m.facebook.com wrote a page header. */
  expectedName: string | null;
}

/** The m.facebook.com cassettes, with the page name where a page header exists. */
export function facebookCases(corpusDir: string): FacebookCase[] {
  const expected = JSON.parse(readFileSync(path.join(corpusDir, 'facebook-scraper-cassettes/expected_from_tests.json'), 'utf8')) as {
    cases: { test: string; value: unknown }[];
  };
  const accountOf = (test: string) => {
    for (const c of expected.cases.filter((x) => x.test === test)) {
      const m = /account='([^']+)'/.exec(JSON.stringify(c.value));
      if (m) return m[1];
    }
    return null;
  };
  return readJsonl<PageRow>(path.join(corpusDir, 'pages.jsonl'))
    .filter((r) => r.source === 'facebook-scraper-cassettes')
    .map((r) => {
      const html = readFileSync(path.join(corpusDir, r.path), 'utf8');
      const hasHeader = /people (like|follow) this/.test(html);
      const test = path.basename(r.path).replace(/__\d+\.html$/, '');
      return { path: r.path, url: r.url, expectedName: hasHeader ? accountOf(test) : null };
    });
}

function share(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

export function run(corpusDir: string): EvalResult[] {
  const cases = socialCases(corpusDir);
  const outcomes = cases.map((c) => ({ c, ...runCase(corpusDir, c) }));
  const profiles = outcomes.filter((o) => o.c.isProfile);
  const others = outcomes.filter((o) => !o.c.isProfile);
  const stating = profiles.filter((o) => o.c.statesFollowers);
  const fb = facebookCases(corpusDir).map((c) => ({ c, ...runCase(corpusDir, c) }));
  const fbHeaders = fb.filter((o) => o.c.expectedName);
  const fbOthers = fb.filter((o) => !o.c.expectedName);
  const slowest = Math.max(...outcomes.map((o) => o.ms), ...fb.map((o) => o.ms));
  return [
    {
      name: 'social profiles: detected with platform + handle',
      n: profiles.length,
      accuracy: share(profiles.filter((o) => rightProfile(o.c, o.profile)).length, profiles.length),
      target: 1,
      targetMetric: 'accuracy',
      note: `metascraper profile pages; slowest page ${Math.round(slowest)} ms`,
    },
    {
      name: 'social posts/videos: not taken for profiles',
      n: others.length,
      accuracy: share(others.filter((o) => o.kind !== 'social-profile').length, others.length),
      target: 1,
      targetMetric: 'accuracy',
    },
    {
      name: 'social profiles: followers parsed where stated',
      n: stating.length,
      accuracy: share(stating.filter((o) => followersAgree(o.c, o.profile)).length, stating.length),
      target: 0.8,
      targetMetric: 'accuracy',
      note: 'a number, within 5% of the JSON-LD count where the page has one',
    },
    {
      name: 'facebook cassettes: page name where a header exists',
      n: fbHeaders.length,
      accuracy: share(fbHeaders.filter((o) => o.profile?.name === o.c.expectedName).length, fbHeaders.length),
      target: 1,
      targetMetric: 'accuracy',
    },
    {
      name: 'facebook cassettes: posts/photos/groups not profiles',
      n: fbOthers.length,
      accuracy: share(fbOthers.filter((o) => o.kind !== 'social-profile').length, fbOthers.length),
      target: 1,
      targetMetric: 'accuracy',
    },
  ];
}
