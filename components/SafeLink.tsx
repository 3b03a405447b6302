/**
 * A link that only ever opens http(s) URLs, in a new tab, without handing the opener to the
 * page. Anything else (javascript:, data:, chrome:, relative) renders as plain text.
 */
import type { ReactNode } from 'react';

export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function SafeLink({ href, children, className }: { href: string | null | undefined; children?: ReactNode; className?: string }) {
  const safe = safeHref(href);
  const label = children ?? href ?? '';
  if (!safe) return <span className={className}>{label}</span>;
  return (
    <a className={className} href={safe} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}
