/**
 * A URL → the social profile it names ({ platform, handle, canonical url }), or null when it is
 * not a profile: a share button, an intent, a post, a video, the platform's own pages.
 */
import type { SocialPlatform } from '../../types';
import { PLATFORMS, SERVICE_SUBDOMAINS, type PlatformRule } from './platforms';

export interface ProfileRef {
  platform: SocialPlatform;
  handle: string;
  url: string;
}

export function parseProfileUrl(raw: string): ProfileRef | null {
  const url = toUrl(raw);
  if (!url) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const rule = PLATFORMS.find((p) => p.hosts.some((h) => hostMatches(host, h)));
  if (!rule) return null;
  return matchRule(rule, url);
}

function toUrl(raw: string): URL | null {
  const s = raw.trim();
  if (!s) return null;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s.replace(/^\/\//, '')}`);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function hostMatches(host: string, pattern: string): boolean {
  if (pattern.endsWith('.*')) {
    const name = pattern.slice(0, -2);
    return new RegExp(`^(?:[a-z]{2}\\.)?${name.replace(/\./g, '\\.')}\\.[a-z]{2,3}(\\.[a-z]{2})?$`).test(host);
  }
  if (host === pattern) return true;
  if (!host.endsWith(`.${pattern}`)) return false;
  const sub = host.slice(0, -pattern.length - 1);
  return !sub.split('.').some((label) => SERVICE_SUBDOMAINS.has(label));
}

function matchRule(rule: PlatformRule, url: URL): ProfileRef | null {
  const path = safeDecode(url.pathname).replace(/\/{2,}/g, '/');
  for (const p of rule.paths) {
    const m = p.re.exec(p.query ? path + url.search : path);
    if (!m) continue;
    const handle = m[1];
    if (rule.reserved?.includes(handle.toLowerCase())) return null;
    return { platform: rule.platform, handle, url: p.canonical(handle) };
  }
  return null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
