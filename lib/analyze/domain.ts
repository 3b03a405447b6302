/** Registrable domains with the maintained public-suffix list (tldts), never a home-made list. */
import { getDomain, getHostname } from 'tldts';

/** `https://shop.example.co.uk/x` → `example.co.uk`; null for IPs without a suffix or bad URLs. */
export function registrableDomain(url: string): string | null {
  const host = getHostname(url);
  if (!host) return null;
  return getDomain(url, { allowPrivateDomains: false }) ?? host;
}

export function hostnameOf(url: string): string | null {
  return getHostname(url);
}
