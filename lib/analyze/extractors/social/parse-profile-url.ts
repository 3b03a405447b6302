/**
 * A URL → the social profile it names ({ platform, handle, canonical url }), or null when it is
 * not a profile: a share button, an intent, a post, a video, the platform's own pages.
 */
import type { SocialPlatform } from '../../types';
import { PLATFORMS, SERVICE_SUBDOMAINS, type PlatformRule } from './platforms';
import { safeDecodeURIComponent } from '../../../text/decode-uri';

export interface ProfileRef {
  platform: SocialPlatform;
  handle: string;
  url: string;
}

export function parseProfileUrl(raw: string): ProfileRef | null {
  const url = toUrl(raw);
  return url ? profileOf(url) : null;
}

/** The same for a URL already parsed (an http(s) link resolved against its page). */
export function profileOf(url: URL): ProfileRef | null {
  const rule = ruleOf(url.hostname);
  return rule ? matchRule(rule, url) : null;
}

function toUrl(raw: string): URL | null {
  // Captures and saved pages arrive from outside the type system (JSON, the page's world).
  const s = typeof raw === 'string' ? raw.trim() : '';
  if (!s) return null;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s.replace(/^\/\//, '')}`);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** Exact hosts → rule, and `name.*` hosts as one pattern each; built once (pages have thousands of links). */
const BY_HOST = new Map<string, PlatformRule>();
const ANY_SUFFIX: { re: RegExp; rule: PlatformRule }[] = [];
for (const rule of PLATFORMS) {
  for (const h of rule.hosts) {
    if (h.endsWith('.*')) ANY_SUFFIX.push({ re: new RegExp(`^(?:[a-z]{2}\\.)?${h.slice(0, -2).replace(/\./g, '\\.')}\\.[a-z]{2,3}(\\.[a-z]{2})?$`), rule });
    else BY_HOST.set(h, rule);
  }
}

/**
 * A page links a few hosts many times (its own, a CDN, a few networks): each host's rule is
 * looked up once. Bounded: past MAX_KNOWN_HOSTS the memo starts over.
 */
const RULE_OF_HOST = new Map<string, PlatformRule | null>();
const MAX_KNOWN_HOSTS = 2_000;

function ruleOf(hostname: string): PlatformRule | null {
  let rule = RULE_OF_HOST.get(hostname);
  if (rule !== undefined) return rule;
  rule = ruleForHost(hostname.toLowerCase().replace(/^www\./, ''));
  if (RULE_OF_HOST.size >= MAX_KNOWN_HOSTS) RULE_OF_HOST.clear();
  RULE_OF_HOST.set(hostname, rule);
  return rule;
}

/**
 * The platform serving this host: the host itself, or a parent host when the labels in between
 * are not the platform's API, docs or media subdomains.
 */
function ruleForHost(host: string): PlatformRule | null {
  const exact = BY_HOST.get(host);
  if (exact) return exact;
  const labels = host.split('.');
  for (let i = 1; i < labels.length - 1; i++) {
    const rule = BY_HOST.get(labels.slice(i).join('.'));
    if (rule) return labels.slice(0, i).some((l) => SERVICE_SUBDOMAINS.has(l)) ? null : rule;
  }
  return ANY_SUFFIX.find((a) => a.re.test(host))?.rule ?? null;
}

function matchRule(rule: PlatformRule, url: URL): ProfileRef | null {
  const path = safeDecodeURIComponent(url.pathname).replace(/\/{2,}/g, '/');
  for (const p of rule.paths) {
    const m = p.re.exec(p.query ? path + url.search : path);
    if (!m) continue;
    const handle = m[1];
    if (rule.reserved?.includes(handle.toLowerCase())) return null;
    return { platform: rule.platform, handle, url: p.canonical(handle) };
  }
  return null;
}

