/**
 * "Not detected" is not "absent". A clip sees the tags a page loaded from their vendors' hosts;
 * a shop that loads them through its own tag server (server-side Google Tag Manager on a
 * subdomain of the shop, a renamed loader path) or a consent manager that holds tags until the
 * visitor agrees can run paid tags the clip never saw. These rules read an observation's
 * evidence and say when that may be so, with the evidence that says it. Table-driven: a new
 * condition is one row.
 */
import { registrableDomain } from '../analyze/domain';
import type { Evidence, Observation } from '../analyze/types';

export type HiddenTagReason = 'first-party-loader' | 'tag-server-host' | 'custom-loader' | 'consent-manager';

export interface HiddenTagSign {
  reason: HiddenTagReason;
  evidence: Evidence;
}

/** Hosts that serve Google's tag loaders themselves; the same loader anywhere else is a first-party tag server. */
const GOOGLE_TAG_HOSTS = ['googletagmanager.com', 'google-analytics.com', 'google.com', 'doubleclick.net'];
/** Paths of Google's tag loaders (`gtm.js?id=GTM-…`, `gtag/js?id=G-…`). */
const LOADER_PATH = /\/(?:gtm\.js|gtag\/js)$/;
/** Hosting services for server-side tagging containers. */
const TAG_SERVER_SERVICES = ['stape.io', 'stape.net', 'taggingserver.com'];
/** First labels shops give a server-side tagging subdomain of their own domain. */
const TAG_SERVER_LABELS = ['sgtm', 'ssgtm', 'sst', 'gtm', 'tags', 'tagging', 'tms', 'ss', 'collect', 'load'];
/** Technologies that load other tags: detected without a vendor-hosted loader, their loader path was renamed. */
const TAG_MANAGERS = ['google-tag-manager'];

interface Context {
  obs: Observation;
  site: string | null;
  urls: { url: URL; evidence: Evidence }[];
}

const onHost = (host: string, domains: readonly string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));

interface Rule {
  reason: HiddenTagReason;
  find(c: Context): Evidence | null;
}

export const HIDDEN_TAG_RULES: readonly Rule[] = [
  {
    reason: 'first-party-loader',
    find: (c) => c.urls.find(({ url }) => LOADER_PATH.test(url.pathname) && !onHost(url.hostname, GOOGLE_TAG_HOSTS))?.evidence ?? null,
  },
  {
    reason: 'tag-server-host',
    find: (c) =>
      c.urls.find(({ url }) => {
        if (onHost(url.hostname, TAG_SERVER_SERVICES)) return true;
        const first = url.hostname.split('.')[0];
        return !!c.site && TAG_SERVER_LABELS.includes(first) && registrableDomain(url.href) === c.site && url.hostname !== c.site;
      })?.evidence ?? null,
  },
  {
    reason: 'custom-loader',
    find: (c) => {
      for (const t of c.obs.technologies) {
        if (!TAG_MANAGERS.includes(t.id)) continue;
        const vendorHosted = t.evidence.some((e) => {
          const u = parseUrl(e.value);
          return !!u && onHost(u.hostname, GOOGLE_TAG_HOSTS);
        });
        if (!vendorHosted && t.evidence[0]) return { ...t.evidence[0], value: `${t.name}: ${t.evidence[0].value}` };
      }
      return null;
    },
  },
  {
    reason: 'consent-manager',
    find: (c) => {
      const cmp = c.obs.technologies.find((t) => t.categories.includes('consent'));
      return cmp ? { source: 'technology', value: cmp.name, ref: cmp.id } : null;
    },
  },
];

function parseUrl(value: string): URL | null {
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Every sign in the observation that tags may have run unseen; empty when none. */
export function hiddenTagSigns(obs: Observation, rules: readonly Rule[] = HIDDEN_TAG_RULES): HiddenTagSign[] {
  const urls: Context['urls'] = [];
  for (const e of [...obs.technologies.flatMap((t) => t.evidence), ...obs.channels.flatMap((ch) => ch.evidence)]) {
    const url = parseUrl(e.value);
    if (url) urls.push({ url, evidence: e });
  }
  const c: Context = { obs, site: obs.domain ?? registrableDomain(obs.url), urls };
  const out: HiddenTagSign[] = [];
  for (const r of rules) {
    const evidence = r.find(c);
    if (evidence) out.push({ reason: r.reason, evidence });
  }
  return out;
}
