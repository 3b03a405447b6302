/**
 * The sync messages (`sync-configure`, `sync-now`, `sync-status`, `sync-disconnect`) and the one
 * sync run they share: one at a time (a second request joins the running one), ended at a
 * deadline so an answer always comes within 30 s, watches' site access checked after.
 */
import { browser } from 'wxt/browser';
import type { Handler } from '../messages';
import { CouchClient } from '../sync/couch';
import { asSyncError, SyncError, syncErrorText, type SyncErrorInfo } from '../sync/errors';
import { replicate } from '../sync/replicate';
import { setupDatabase } from '../sync/setup';
import { parseDatabaseUrl } from '../sync/url';
import type { SyncStatus } from '../sync/status';
import { readConfig, readState, writeConfig, writeState, type SyncConfig } from './sync-config';
import { refreshAccess } from './watch-access';
import { userT } from './watch-notify';

/** A sync stops here, whatever the server does: under the 30 s the panel is promised, with room for the answer. */
export const SYNC_DEADLINE_MS = 25_000;

/** The permission pattern of a database's host (match patterns carry no port). */
export const hostPattern = (origin: string) => {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
};

async function mayReach(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [hostPattern(origin)] });
  } catch {
    return false;
  }
}

async function sentence(e: unknown): Promise<string> {
  const t = await userT();
  const err = asSyncError(e);
  return syncErrorText({ code: err.code, params: err.params }, (k, ...p) => t(k, ...p));
}

const clientOf = (c: Pick<SyncConfig, 'url' | 'username' | 'password'>, signal?: AbortSignal) =>
  new CouchClient({ url: c.url, username: c.username ?? undefined, password: c.password ?? undefined, signal, deadlineSeconds: Math.round(SYNC_DEADLINE_MS / 1000) });

export const syncConfigureHandler: Handler<'sync-configure'> = async ({ url, username, password, screenshots, rawCaptures }) => {
  try {
    if (typeof url !== 'string') throw new SyncError('bad-url');
    const { url: dbUrl, origin } = parseDatabaseUrl(url);
    if (!(await mayReach(origin))) throw new SyncError('no-access');
    const previous = await readConfig();
    const user = typeof username === 'string' && username ? username : null;
    // Changing what is shared on the same database and user needs no password again.
    const same = previous?.url === dbUrl && previous.username === user;
    const creds = { url: dbUrl, username: user, password: typeof password === 'string' && password ? password : same ? previous.password : null };
    const setup = await withDeadline((signal) => setupDatabase(clientOf(creds, signal)));
    await writeConfig({ ...creds, origin, user: setup.user, design: setup.design, screenshots: screenshots ?? previous?.screenshots ?? true, rawCaptures: rawCaptures ?? previous?.rawCaptures ?? false });
    // Another database: how far the last one was read no longer says anything.
    if (previous?.url !== dbUrl) await writeState({ lastSyncAt: null, lastError: null, lastPushed: 0, lastPulled: 0, newer: 0 });
    return { ok: true, user: setup.user, design: setup.design };
  } catch (e) {
    return { ok: false, error: await sentence(e) };
  }
};

let running: Promise<{ pushed: number; pulled: number }> | null = null;

/** Runs a sync, or joins the one running. Throws a SyncError. */
export function runSync(): Promise<{ pushed: number; pulled: number }> {
  running ??= syncOnce().finally(() => (running = null));
  return running;
}

async function syncOnce(): Promise<{ pushed: number; pulled: number }> {
  const config = await readConfig();
  if (!config) throw new SyncError('not-configured');
  const at = new Date().toISOString();
  try {
    if (!(await mayReach(config.origin))) throw new SyncError('no-access');
    const counts = await withDeadline((signal) => replicate({ client: clientOf(config, signal), me: config.user ?? config.username, share: { screenshots: config.screenshots, rawCaptures: config.rawCaptures }, signal }));
    await writeState({ lastSyncAt: at, lastAttemptAt: at, lastError: null, lastPushed: counts.pushed, lastPulled: counts.pulled, newer: counts.newer });
    if (counts.pulled) await refreshAccess().catch(() => undefined);
    return { pushed: counts.pushed, pulled: counts.pulled };
  } catch (e) {
    const err = asSyncError(e);
    const info: SyncErrorInfo = { code: err.code, params: err.params };
    await writeState({ lastAttemptAt: at, lastError: info });
    throw err;
  }
}

/** Runs `work` with an abort signal that fires at the deadline; the answer never waits past it. */
async function withDeadline<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const seconds = String(Math.round(SYNC_DEADLINE_MS / 1000));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new SyncError('timeout', [seconds]);
      controller.abort(err);
      reject(err);
    }, SYNC_DEADLINE_MS);
  });
  const task = work(controller.signal);
  task.catch(() => undefined);
  try {
    return await Promise.race([task, limit]);
  } finally {
    clearTimeout(timer);
  }
}

export const syncNowHandler: Handler<'sync-now'> = async () => {
  try {
    return { ok: true, ...(await runSync()) };
  } catch (e) {
    return { ok: false, error: await sentence(e) };
  }
};

export async function syncStatus(): Promise<SyncStatus> {
  const [config, state, t] = await Promise.all([readConfig(), readState(), userT()]);
  return {
    configured: !!config,
    url: config?.url ?? null,
    username: config?.username ?? null,
    user: config?.user ?? null,
    design: config?.design ?? null,
    screenshots: config?.screenshots ?? true,
    rawCaptures: config?.rawCaptures ?? false,
    running: running !== null,
    lastSyncAt: state.lastSyncAt,
    lastAttemptAt: state.lastAttemptAt,
    lastError: state.lastError ? syncErrorText(state.lastError, (k, ...p) => t(k, ...p)) : null,
    lastPushed: state.lastPushed,
    lastPulled: state.lastPulled,
    newer: state.newer,
  };
}

export const syncStatusHandler: Handler<'sync-status'> = async () => ({ ok: true, status: await syncStatus() });

export const syncDisconnectHandler: Handler<'sync-disconnect'> = async () => {
  await writeConfig(null);
  return { ok: true };
};
