/**
 * The panel's calls to the background, in the plain message forms of lib/messages.ts
 * (`{ type: 'capture-tab', tabId }`, `{ type: 'export', format }`, `{ type: 'restore', text }`).
 * Answers are checked here so views only see `{ ok, ... }` results, never a thrown port error.
 */
import { browser } from 'wxt/browser';
import { splitText } from '../lib/text/split';
import { TRANSFER_CHUNK_CHARS, type Answer, type ExportFormat, type ExportTable, type Message, type MessageType } from '../lib/messages';
import type { Every } from '../lib/watch/types';

async function send<K extends MessageType>(message: Message<K>): Promise<Answer<K>> {
  try {
    const answer = (await browser.runtime.sendMessage(message)) as Answer<K> | undefined;
    if (!answer || typeof answer !== 'object' || !('ok' in answer)) return { ok: false, error: 'no answer from the extension' } as Answer<K>;
    return answer;
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) } as Answer<K>;
  }
}

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

export const captureTab = (tabId: number) => send<'capture-tab'>({ type: 'capture-tab', tabId });
export const startPicker = (tabId: number) => send<'pick-ad'>({ type: 'pick-ad', tabId });
/** An export, its parts fetched one message at a time when it is larger than one message may carry. */
export async function requestExport(format: ExportFormat, table?: ExportTable): Promise<Answer<'export'>> {
  const first = await send<'export'>({ type: 'export', format, ...(table ? { table } : {}) });
  if (!first.ok || !first.transfer || !first.parts) return first;
  const parts = [first.text];
  for (let index = 1; index < first.parts; index++) {
    const r = await send<'export-part'>({ type: 'export-part', transfer: first.transfer, index });
    if (!r.ok) return r;
    parts.push(r.text);
  }
  return { ok: true, text: parts.join('') };
}

/** A restore; a large backup goes in parts first (`restore-part`), then the restore names them. */
export async function requestRestore(text: string): Promise<Answer<'restore'>> {
  if (text.length <= TRANSFER_CHUNK_CHARS) return send<'restore'>({ type: 'restore', text });
  const transfer = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const chunks = splitText(text, TRANSFER_CHUNK_CHARS);
  for (let index = 0; index < chunks.length; index++) {
    const r = await send<'restore-part'>({ type: 'restore-part', transfer, index, parts: chunks.length, text: chunks[index] });
    if (!r.ok) return r;
  }
  return send<'restore'>({ type: 'restore', transfer });
}
export const requestReanalyzeAll = () => send<'reanalyze-all'>({ type: 'reanalyze-all' });

/**
 * Asks the browser for access to one origin. Must be the first thing a click handler awaits: the
 * browser only shows its prompt during the user's gesture.
 */
export async function requestOriginAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}

export const watchPage = (url: string, every: Every) => send<'watch'>({ type: 'watch', url, every });
export const unwatchPage = (watchId: number) => send<'unwatch'>({ type: 'unwatch', watchId });
export const runWatches = (force: boolean) => send<'run-watches'>({ type: 'run-watches', force });
export const setWatch = (watchId: number, patch: { every?: Every; paused?: boolean }) => send<'watch-set'>({ type: 'watch-set', watchId, ...patch });
export const markChangesSeen = (ids?: number[]) => send<'watch-seen'>({ type: 'watch-seen', ...(ids ? { ids } : {}) });

export const configureSync = (setup: { url: string; username?: string; password?: string; screenshots?: boolean; rawCaptures?: boolean }) => send<'sync-configure'>({ type: 'sync-configure', ...setup });
export const syncNow = () => send<'sync-now'>({ type: 'sync-now' });
export const syncStatus = () => send<'sync-status'>({ type: 'sync-status' });
export const disconnectSync = () => send<'sync-disconnect'>({ type: 'sync-disconnect' });
