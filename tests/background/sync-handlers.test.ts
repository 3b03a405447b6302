/**
 * The sync messages on WXT's fake browser and fake IndexedDB against a real CouchDB-protocol
 * server: the contract of `sync-configure` and `sync-now`, the password kept in
 * chrome.storage.local and in no export, the database origin's access checked.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handlers } from '../../lib/background/handlers';
import { db } from '../../lib/store/db';
import { saveClip } from '../../lib/store/queries';
import { setSetting } from '../../lib/store/queries-plan';
import { startCouch, type CouchServer } from '../../scripts/couch-server';
import { pageObservation } from '../store/observations';

const PASSWORD = 'carol-Pw-90210';
let couch: CouchServer;
let granted = true;

beforeAll(async () => {
  couch = await startCouch({ databases: [{ name: 'team', members: ['carol'] }], users: [{ name: 'carol', password: PASSWORD }] });
}, 30_000);
afterAll(() => couch?.stop());

beforeEach(async () => {
  fakeBrowser.reset();
  granted = true;
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
});

const configure = (url: string, password = PASSWORD) => handlers['sync-configure']({ type: 'sync-configure', url, username: 'carol', password }, {});
const syncNow = () => handlers['sync-now']({ type: 'sync-now' }, {});

describe('sync messages', () => {
  it('refuses a remote http: address, a database it may not reach, and one not set up', async () => {
    expect(await configure('http://couch.example.com/team')).toEqual({ ok: false, error: 'A team database must use https:// (plain http:// is allowed only on this computer: localhost or 127.0.0.1).' });
    granted = false;
    expect(await configure(`${couch.origin}/team`)).toMatchObject({ ok: false, error: expect.stringContaining('allow access') });
    expect(await syncNow()).toEqual({ ok: false, error: 'No team database is set up yet.' });
  });

  it('sets up, syncs and answers { ok, pushed, pulled }; the password stays in chrome.storage.local, out of every export', async () => {
    const obs = pageObservation();
    await saveClip({ url: obs.url, html: '<title>x</title>', capturedAt: obs.capturedAt ?? undefined }, obs, null, db);
    await setSetting('notes:1', { notes: 'Payday sale', swot: { strengths: '', weaknesses: '', opportunities: '', threats: '' } });
    expect(await configure(`${couch.origin}/team/`)).toEqual({ ok: true, user: 'carol', design: 'needs-admin' });
    const r = await syncNow();
    expect(r).toEqual({ ok: true, pushed: 3, pulled: 0 }); // competitor, observation, note
    expect(await syncNow()).toEqual({ ok: true, pushed: 0, pulled: 0 });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toContain(PASSWORD);
    for (const format of ['json', 'csv', 'markdown'] as const) {
      const out = await handlers.export({ type: 'export', format }, {});
      expect(out.ok && out.text.length).toBeGreaterThan(50);
      expect(out.ok && out.text).not.toContain(PASSWORD);
    }
    const status = await handlers['sync-status']({ type: 'sync-status' }, {});
    expect(status).toMatchObject({ ok: true, status: { configured: true, user: 'carol', lastError: null, lastPushed: 0, lastSyncAt: expect.any(String) } });
    expect(JSON.stringify(status)).not.toContain(PASSWORD);
    // Sharing raw captures from now on: same database and user, the stored password is kept.
    expect(await handlers['sync-configure']({ type: 'sync-configure', url: `${couch.origin}/team`, username: 'carol', rawCaptures: true }, {})).toMatchObject({ ok: true, user: 'carol' });
    const shared = await handlers['sync-status']({ type: 'sync-status' }, {});
    expect(shared).toMatchObject({ ok: true, status: { rawCaptures: true, screenshots: true } });
    expect(await syncNow()).toEqual({ ok: true, pushed: 0, pulled: 0 });
    expect(await handlers['sync-disconnect']({ type: 'sync-disconnect' }, {})).toEqual({ ok: true });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(PASSWORD);
  });

  it('says a wrong password or a missing database in one sentence', async () => {
    expect(await configure(`${couch.origin}/team`, 'wrong')).toEqual({ ok: false, error: 'The server did not accept this user name and password (401).' });
    expect(await configure(`${couch.origin}/nothing-here`)).toEqual({ ok: false, error: 'There is no database at this address (404): check the URL, or ask the admin to create it.' });
  });
});
