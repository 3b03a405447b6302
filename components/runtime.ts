/**
 * The panel's calls to the background, in the plain message forms the issues fix:
 * `{ type: 'capture-tab', tabId }`, `{ type: 'export', format }`, `{ type: 'restore', text }`.
 * Answers are checked here so views only see `{ ok, ... }` results, never a thrown port error.
 */
import { browser } from 'wxt/browser';

export type Result<T extends object = object> = ({ ok: true } & T) | { ok: false; error: string };

async function send<T extends object>(message: object): Promise<Result<T>> {
  try {
    const answer = (await browser.runtime.sendMessage(message)) as Result<T> | undefined;
    if (!answer || typeof answer !== 'object' || !('ok' in answer)) return { ok: false, error: 'no answer from the extension' };
    return answer;
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

export const captureTab = (tabId: number) => send<{ observationId: number | string }>({ type: 'capture-tab', tabId });
export const startPicker = (tabId: number) => send({ type: 'pick-ad', tabId });
export const requestExport = (format: 'markdown' | 'csv' | 'json', table?: 'observations' | 'matrix') => send<{ text: string }>({ type: 'export', format, ...(table ? { table } : {}) });
export const requestRestore = (text: string) => send({ type: 'restore', text });
