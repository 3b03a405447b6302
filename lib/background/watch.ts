/**
 * The watch messages: `watch`, `unwatch`, `run-watches`, `watch-set`, `watch-seen`. The panel
 * asks the browser for the origin's access on the user's click before sending `watch`; here the
 * access is only checked.
 */
import type { Handler } from '../messages';
import { addWatch, markSeen, removeWatch, updateWatch, watchUrl } from '../store/watches';
import { originOf } from '../watch/origin-lock';
import { EVERY, type Every } from '../watch/types';
import { mayRead } from './watch-access';
import { updateWatchBadge, userT } from './watch-notify';
import { runWatches } from './watch-runner';

const isEvery = (v: unknown): v is Every => typeof v === 'string' && (EVERY as readonly string[]).includes(v);
const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

export const watchHandler: Handler<'watch'> = async ({ url, every }) => {
  const t = await userT();
  const key = typeof url === 'string' ? watchUrl(url) : null;
  if (!key) return { ok: false, error: t('watch_err_url') };
  if (!isEvery(every)) return { ok: false, error: t('watch_err_every') };
  const origin = originOf(key)!;
  if (!(await mayRead(origin))) return { ok: false, error: t('watch_err_no_access', new URL(origin).host) };
  const watchId = await addWatch(key, every);
  // The first fetch now: it becomes the baseline later checks are compared with.
  await runWatches(false, [{ id: watchId, url: key, origin }]);
  return { ok: true, watchId };
};

export const unwatchHandler: Handler<'unwatch'> = async ({ watchId }) => {
  if (!isId(watchId)) return { ok: false, error: 'unwatch needs a watchId' };
  if (!(await removeWatch(watchId))) return { ok: false, error: `no watch ${watchId}` };
  await updateWatchBadge();
  return { ok: true };
};

export const runWatchesHandler: Handler<'run-watches'> = async ({ force }) => {
  const summary = await runWatches(force === true);
  return { ok: true, ...summary };
};

export const watchSetHandler: Handler<'watch-set'> = async ({ watchId, every, paused }) => {
  if (!isId(watchId)) return { ok: false, error: 'watch-set needs a watchId' };
  if (every !== undefined && !isEvery(every)) return { ok: false, error: (await userT())('watch_err_every') };
  const patch = { ...(every !== undefined && { every }), ...(typeof paused === 'boolean' && { paused }) };
  return (await updateWatch(watchId, patch)) || !Object.keys(patch).length ? { ok: true } : { ok: false, error: `no watch ${watchId}` };
};

export const watchSeenHandler: Handler<'watch-seen'> = async ({ ids }) => {
  if (ids !== undefined && !(Array.isArray(ids) && ids.every(isId))) return { ok: false, error: 'watch-seen takes a list of ids' };
  await markSeen(ids);
  return { ok: true, unseen: await updateWatchBadge() };
};
