import { describe, expect, it, vi } from 'vitest';
import { createRouter, messageListener } from '../../lib/background/router';
import type { HandlerMap } from '../../lib/messages';

function fakeHandlers(over: Partial<HandlerMap> = {}): HandlerMap {
  const unused = async () => ({ ok: false as const, error: 'unused' });
  return {
    'capture-tab': async ({ tabId }) => ({ ok: true, observationId: tabId * 10 }),
    'pick-ad': unused,
    picked: unused,
    export: async ({ format, table }) => ({ ok: true, text: `${format}:${table ?? 'observations'}` }),
    'export-part': unused,
    restore: unused,
    'restore-part': unused,
    'reanalyze-all': unused,
    watch: unused,
    unwatch: unused,
    'run-watches': unused,
    'watch-set': unused,
    'watch-seen': unused,
    'sync-configure': unused,
    'sync-now': unused,
    'sync-status': unused,
    'sync-disconnect': unused,
    ...over,
  };
}

describe('message router', () => {
  it('sends each message to the handler of its type, with the sender', async () => {
    const picked = vi.fn(async () => ({ ok: true as const, observationId: 7 }));
    const route = createRouter(fakeHandlers({ picked }));
    expect(await route({ type: 'capture-tab', tabId: 3 }, {})).toEqual({ ok: true, observationId: 30 });
    expect(await route({ type: 'export', format: 'csv', table: 'matrix' }, {})).toEqual({ ok: true, text: 'csv:matrix' });
    const message = { type: 'picked', picked: { html: '', text: '', links: [], images: [], selector: 'a' }, viewport: { width: 1, height: 1, devicePixelRatio: 1 } };
    await route(message, { tab: { id: 5 } });
    expect(picked).toHaveBeenCalledWith(message, { tab: { id: 5 } });
  });

  it('leaves messages of unknown type unanswered', () => {
    const route = createRouter(fakeHandlers());
    for (const m of [null, 'capture-tab', { type: 'toString' }, { type: '__proto__' }, { type: 'nope' }, { tabId: 1 }]) expect(route(m, {})).toBeNull();
  });

  it('answers { ok: false } when a handler throws', async () => {
    const route = createRouter(fakeHandlers({ restore: async () => Promise.reject(new Error('disk full')) }));
    expect(await route({ type: 'restore', text: '{}' }, {})).toEqual({ ok: false, error: 'disk full' });
  });

  it('answers through sendResponse and keeps the channel open only for its own messages', async () => {
    const listener = messageListener(createRouter(fakeHandlers()));
    const sendResponse = vi.fn();
    expect(listener({ type: 'capture-tab', tabId: 2 }, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, observationId: 20 }));
    expect(listener({ type: 'other-extension-message' }, {}, sendResponse)).toBe(false);
  });
});
