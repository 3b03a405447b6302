/**
 * Which database addresses sync accepts: https anywhere, plain http only on this computer
 * (a password sent over http would be readable on the way). The address names one database:
 * `https://couch.example.com/team-audits`.
 */
import { SyncError } from './errors';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface DatabaseUrl {
  /** `https://couch.example.com/team-audits`, without a trailing slash, credentials or query. */
  url: string;
  /** `https://couch.example.com`: what the browser is asked access to. */
  origin: string;
}

export function parseDatabaseUrl(input: string): DatabaseUrl {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    throw new SyncError('bad-url');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new SyncError('bad-url');
  if (u.protocol === 'http:' && !LOOPBACK.has(u.hostname)) throw new SyncError('insecure');
  // Credentials belong in their own fields (kept apart, never shown); a database name is one path segment or more.
  if (u.username || u.password) throw new SyncError('bad-url');
  const path = u.pathname.replace(/\/+$/, '');
  if (!path || path === '/') throw new SyncError('bad-url');
  return { url: `${u.origin}${path}`, origin: u.origin };
}
