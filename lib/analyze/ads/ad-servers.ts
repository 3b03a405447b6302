/**
 * Ad servers and native-ad networks, recognised by the host of an ad's click or creative URL
 * (`adclick.g.doubleclick.net/pcs/click?…`, `trc.taboola.com/…`). Tells who served a picked ad,
 * not who paid for it. Data: one row per network, matched on the URL's registrable domain.
 */
import { registrableDomain } from '../domain';

export interface AdServer {
  id: string;
  name: string;
  domains: readonly string[];
}

export const AD_SERVERS: readonly AdServer[] = [
  { id: 'google-ad-manager', name: 'Google Ad Manager / DV360', domains: ['doubleclick.net'] },
  { id: 'google-adsense', name: 'Google AdSense', domains: ['googlesyndication.com', 'googleadservices.com', 'google.com'] },
  { id: 'taboola', name: 'Taboola', domains: ['taboola.com', 'taboolasyndication.com'] },
  { id: 'outbrain', name: 'Outbrain', domains: ['outbrain.com', 'outbrainimg.com'] },
  { id: 'criteo', name: 'Criteo', domains: ['criteo.com', 'criteo.net'] },
  { id: 'xandr', name: 'Xandr (AppNexus)', domains: ['adnxs.com'] },
  { id: 'amazon-ads', name: 'Amazon Ads', domains: ['amazon-adsystem.com'] },
  { id: 'the-trade-desk', name: 'The Trade Desk', domains: ['adsrvr.org'] },
  { id: 'magnite', name: 'Magnite (Rubicon)', domains: ['rubiconproject.com'] },
  { id: 'pubmatic', name: 'PubMatic', domains: ['pubmatic.com'] },
  { id: 'openx', name: 'OpenX', domains: ['openx.net'] },
  { id: 'media-net', name: 'Media.net', domains: ['media.net'] },
  { id: 'yahoo-dsp', name: 'Yahoo DSP', domains: ['yahoo.com', 'yieldmo.com'] },
  { id: 'teads', name: 'Teads', domains: ['teads.tv'] },
  { id: 'smart-adserver', name: 'Equativ (Smart AdServer)', domains: ['smartadserver.com'] },
  { id: 'adform', name: 'Adform', domains: ['adform.net'] },
  { id: 'mgid', name: 'MGID', domains: ['mgid.com'] },
  { id: 'revcontent', name: 'Revcontent', domains: ['revcontent.com'] },
  { id: 'sizmek', name: 'Sizmek (Amazon)', domains: ['serving-sys.com'] },
  { id: 'flashtalking', name: 'Flashtalking', domains: ['flashtalking.com'] },
  { id: 'microsoft-ads', name: 'Microsoft Advertising', domains: ['bing.com'] },
];

const BY_DOMAIN = new Map<string, AdServer>(AD_SERVERS.flatMap((s) => s.domains.map((d) => [d, s] as const)));

/** Host paths that are ad clicks on domains that also serve other things (google.com, bing.com, yahoo.com). */
const CLICK_PATH = /\/(aclk|pagead|clk|click|adclick|aclick|ads?\/|pcs\/)/i;
const GENERAL_DOMAINS: ReadonlySet<string> = new Set(['google.com', 'bing.com', 'yahoo.com']);

/** The first ad server seen among an ad's raw (not yet decoded) click and creative URLs. */
export function adServerOf(urls: readonly string[]): AdServer | null {
  for (const url of urls) {
    const domain = registrableDomain(url)?.toLowerCase();
    const server = domain ? BY_DOMAIN.get(domain) : undefined;
    if (!server) continue;
    if (GENERAL_DOMAINS.has(domain!) && !CLICK_PATH.test(pathOf(url))) continue;
    return server;
  }
  return null;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
