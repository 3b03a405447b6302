/**
 * The thin HTTP side of sync: CouchDB's documented API, nothing else (`/_session`, `_changes`,
 * `_all_docs`, `_bulk_docs`, `_local/` checkpoints, design documents). Every request has its
 * own time limit and shares the sync's deadline, so a server that stops answering mid-sync
 * ends the sync with a clear error instead of hanging.
 */
import { httpError, SyncError } from './errors';

export interface CouchOptions {
  /** The database, `https://host/db` (url.ts). */
  url: string;
  username?: string;
  password?: string;
  /** Aborted at the sync's deadline. */
  signal?: AbortSignal;
  /** Each request's own limit. */
  requestMs?: number;
  /** Reported when the deadline (not a request's limit) ends a request. */
  deadlineSeconds?: number;
  fetch?: typeof fetch;
}

export interface ChangeRow {
  id: string;
  seq: string | number;
  deleted?: boolean;
  changes: { rev: string }[];
}

export interface ChangesPage {
  results: ChangeRow[];
  last_seq: string | number;
  pending?: number;
}

export interface BulkResult {
  id: string;
  rev?: string;
  ok?: boolean;
  error?: string;
  reason?: string;
}

export interface AllDocsRow {
  key: string;
  id?: string;
  value?: { rev: string; deleted?: boolean };
  doc?: Record<string, unknown> | null;
  error?: string;
}

export const REQUEST_MS = 10_000;

/** A request body already serialised to JSON. */
class Serialized {
  constructor(readonly text: string) {}
}

export class CouchClient {
  readonly url: string;
  private readonly auth: string | null;
  private readonly fetcher: typeof fetch;

  constructor(private readonly opts: CouchOptions) {
    this.url = opts.url.replace(/\/+$/, '');
    this.auth = opts.username ? `Basic ${btoa(unescape(encodeURIComponent(`${opts.username}:${opts.password ?? ''}`)))}` : null;
    this.fetcher = opts.fetch ?? ((...a) => fetch(...a));
  }

  /** One request; JSON in and out. Non-2xx answers throw the SyncError of their status (except those `allow`ed). */
  async request<T>(method: string, path: string, body?: unknown, allow: readonly number[] = []): Promise<{ status: number; json: T }> {
    const limit = new AbortController();
    const timer = setTimeout(() => limit.abort(), this.opts.requestMs ?? REQUEST_MS);
    const signal = this.opts.signal ? AbortSignal.any([limit.signal, this.opts.signal]) : limit.signal;
    const target = path.startsWith('/') ? `${new URL(this.url).origin}${path}` : `${this.url}${path ? `/${path}` : ''}`;
    try {
      const res = await this.fetcher(target, {
        method,
        signal,
        // Never the browser's cookies or a cached answer: every request carries its own credentials.
        credentials: 'omit',
        cache: 'no-store',
        headers: { accept: 'application/json', ...(body !== undefined && { 'content-type': 'application/json' }), ...(this.auth && { authorization: this.auth }) },
        ...(body !== undefined && { body: body instanceof Serialized ? body.text : JSON.stringify(body) }),
      });
      if (!res.ok && !allow.includes(res.status)) {
        await res.body?.cancel().catch(() => undefined);
        throw httpError(res.status);
      }
      return { status: res.status, json: (await res.json()) as T };
    } catch (e) {
      if (e instanceof SyncError) throw e;
      // Which limit ended it: this request's own, or the whole sync's deadline.
      if (limit.signal.aborted) throw new SyncError('timeout', [String(Math.round((this.opts.requestMs ?? REQUEST_MS) / 1000))]);
      if (signal.aborted) throw new SyncError('timeout', [String(this.opts.deadlineSeconds ?? Math.round((this.opts.requestMs ?? REQUEST_MS) / 1000))]);
      throw new SyncError('offline');
    } finally {
      clearTimeout(timer);
    }
  }

  /** The database exists and this user may read it (404, 401, 403 otherwise). */
  async info(): Promise<{ db_name: string; update_seq: unknown }> {
    return (await this.request<{ db_name: string; update_seq: unknown }>('GET', '')).json;
  }

  /** The CouchDB user name these credentials sign in as (null when anonymous). */
  async userName(): Promise<string | null> {
    const { json } = await this.request<{ userCtx?: { name?: string | null } }>('GET', '/_session');
    return json.userCtx?.name ?? null;
  }

  /** One page of the changes feed after `since`: ids and revisions only (documents are fetched for what is new here). */
  async changes(since: string | number, limit: number): Promise<ChangesPage> {
    const q = new URLSearchParams({ since: String(since), limit: String(limit), style: 'main_only' });
    return (await this.request<ChangesPage>('GET', `_changes?${q}`)).json;
  }

  /** The current revision (with `docs`, the document; with `attachments`, their data inline) of each id; missing ids come back with `error`. */
  async allDocs(keys: readonly string[], docs: boolean, attachments = false): Promise<AllDocsRow[]> {
    if (!keys.length) return [];
    const q = docs ? `?include_docs=true${attachments ? '&attachments=true' : ''}` : '';
    const { json } = await this.request<{ rows: AllDocsRow[] }>('POST', `_all_docs${q}`, { keys });
    return json.rows;
  }

  /** Normal writes (each with the revision it replaces): CouchDB answers 409 per document that changed meanwhile. */
  async bulkDocs(docs: readonly object[]): Promise<BulkResult[]> {
    return this.bulkDocsJson(docs.map((d) => JSON.stringify(d)));
  }

  /** bulkDocs with each document already serialised (the push measures sizes on the same text it sends). */
  async bulkDocsJson(docs: readonly string[]): Promise<BulkResult[]> {
    if (!docs.length) return [];
    return (await this.request<BulkResult[]>('POST', '_bulk_docs', new Serialized(`{"docs":[${docs.join(',')}]}`))).json;
  }

  async get<T>(id: string): Promise<T | null> {
    const { status, json } = await this.request<T>('GET', encodeId(id), undefined, [404]);
    return status === 404 ? null : json;
  }

  async put(doc: { _id: string }): Promise<{ rev: string }> {
    return (await this.request<{ rev: string }>('PUT', encodeId(doc._id), doc)).json;
  }
}

/** `_design/x` and `_local/x` keep their slash; any other id is one path segment. */
function encodeId(id: string): string {
  const special = /^(_design|_local)\/(.*)$/.exec(id);
  return special ? `${special[1]}/${encodeURIComponent(special[2])}` : encodeURIComponent(id);
}
