/**
 * Where sync keeps its set-up and its last result: chrome.storage.local, never the database —
 * so the password is in no backup, export or restore, and a restored backup brings no one's
 * credentials along.
 */
import { browser } from 'wxt/browser';
import type { DesignState } from '../sync/setup';
import type { SyncErrorInfo } from '../sync/errors';

export const CONFIG_KEY = 'racescout.sync.config';
export const STATE_KEY = 'racescout.sync.state';

export interface SyncConfig {
  url: string;
  origin: string;
  username: string | null;
  password: string | null;
  user: string | null;
  design: DesignState;
  screenshots: boolean;
  rawCaptures: boolean;
}

export interface SyncState {
  lastSyncAt: string | null;
  lastAttemptAt: string | null;
  lastError: SyncErrorInfo | null;
  lastPushed: number;
  lastPulled: number;
  newer: number;
}

export const EMPTY_STATE: SyncState = { lastSyncAt: null, lastAttemptAt: null, lastError: null, lastPushed: 0, lastPulled: 0, newer: 0 };

export async function readConfig(): Promise<SyncConfig | null> {
  return ((await browser.storage.local.get(CONFIG_KEY))[CONFIG_KEY] as SyncConfig | undefined) ?? null;
}

export async function writeConfig(config: SyncConfig | null): Promise<void> {
  if (config) await browser.storage.local.set({ [CONFIG_KEY]: config });
  else await browser.storage.local.remove([CONFIG_KEY, STATE_KEY]);
}

export async function readState(): Promise<SyncState> {
  return { ...EMPTY_STATE, ...((await browser.storage.local.get(STATE_KEY))[STATE_KEY] as Partial<SyncState> | undefined) };
}

export async function writeState(patch: Partial<SyncState>): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: { ...(await readState()), ...patch } });
}
