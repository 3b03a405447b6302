/**
 * Every way a sync can fail, as one sentence in the user's language. HTTP statuses and network
 * failures map to a code; codes map to message keys (English kept here as the fallback, as
 * lib/background/errors.ts does for clips).
 */
import type { ChromeMessage } from '../i18n';

export type SyncErrorCode = 'unauthorized' | 'forbidden' | 'not-found' | 'conflict' | 'server' | 'offline' | 'timeout' | 'insecure' | 'bad-url' | 'no-access' | 'not-configured' | 'refused' | 'failed';

export const SYNC_ERROR_MESSAGES: Readonly<Record<SyncErrorCode, { key: string; en: ChromeMessage }>> = {
  unauthorized: { key: 'sync_err_unauthorized', en: { message: 'The server did not accept this user name and password (401).' } },
  forbidden: { key: 'sync_err_forbidden', en: { message: 'This user may not use this database (403): ask its admin to add the user to the database’s members.' } },
  'not-found': { key: 'sync_err_not_found', en: { message: 'There is no database at this address (404): check the URL, or ask the admin to create it.' } },
  conflict: { key: 'sync_err_conflict', en: { message: 'Another machine was writing the same records (409); sync again to finish.' } },
  server: { key: 'sync_err_server', en: { message: 'The server failed (error $STATUS$); your clips wait here, try again later.', placeholders: { status: { content: '$1' } } } },
  offline: { key: 'sync_err_offline', en: { message: 'The server cannot be reached; your clips wait here and sync once it answers.' } },
  timeout: { key: 'sync_err_timeout', en: { message: 'The server stopped answering, so this sync was stopped after $SECONDS$ seconds; nothing was lost.', placeholders: { seconds: { content: '$1' } } } },
  insecure: { key: 'sync_err_insecure', en: { message: 'A team database must use https:// (plain http:// is allowed only on this computer: localhost or 127.0.0.1).' } },
  'bad-url': { key: 'sync_err_bad_url', en: { message: 'This is not a database address: use https://server/database.' } },
  'no-access': { key: 'sync_err_no_access', en: { message: 'RaceScout may not reach this server yet: set up sync again and allow access when the browser asks.' } },
  'not-configured': { key: 'sync_err_not_configured', en: { message: 'No team database is set up yet.' } },
  refused: { key: 'sync_err_refused', en: { message: 'The server refused $COUNT$ records as malformed; they stay here.', placeholders: { count: { content: '$1' } } } },
  failed: { key: 'sync_err_failed', en: { message: 'Sync failed ($ERROR$).', placeholders: { error: { content: '$1' } } } },
};

/** A sync failure that knows its sentence: a code and the sentence's parameters. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly params: string[] = [],
  ) {
    super(`${code}${params.length ? `: ${params.join(' ')}` : ''}`);
    this.name = 'SyncError';
  }
}

/** The code of an HTTP status that is not a success. */
export function statusCode(status: number): SyncErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status >= 500) return 'server';
  return 'failed';
}

export function httpError(status: number): SyncError {
  const code = statusCode(status);
  return new SyncError(code, code === 'server' || code === 'failed' ? [String(status)] : []);
}

/** Stored form of the last error, translated when shown (the user may change language meanwhile). */
export interface SyncErrorInfo {
  code: SyncErrorCode;
  params: string[];
}

export function asSyncError(e: unknown): SyncError {
  if (e instanceof SyncError) return e;
  const text = e instanceof Error ? e.message : String(e);
  return new SyncError('failed', [text.slice(0, 200)]);
}

/** The sentence for an error, given a translator that answers '' for a key it lacks. */
export function syncErrorText(info: SyncErrorInfo, t: (key: string, ...params: string[]) => string): string {
  const m = SYNC_ERROR_MESSAGES[info.code] ?? SYNC_ERROR_MESSAGES.failed;
  const translated = t(m.key, ...info.params);
  if (translated && translated !== m.key) return translated;
  return info.params.reduce((s, p, i) => s.replace(/\$[A-Z]+\$/, p ?? `$${i}`), m.en.message);
}
