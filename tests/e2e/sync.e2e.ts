/**
 * Team sync end to end: two browser profiles (two teammates, alice and bob) with the built
 * extension, one database on a CouchDB-protocol server on loopback (pouchdb-server in memory,
 * from the dev dependencies), reached through a switchable TCP proxy so the server can become
 * unreachable and come back with its data. Clips made in one profile appear in the other; a page
 * of a competitor both know lands under it; offline clips of a new competitor on both sides
 * become one competitor after the server is back; the server holds the documents; the password
 * is in no export.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../lib/messages';
import { CouchClient } from '../../lib/sync/couch';
import { setupDatabase } from '../../lib/sync/setup';
import { ADMIN, startCouch, type CouchServer } from '../../scripts/couch-server';
import { FIXTURE_PAGES, launchExtension, readTable, sendMessage, serveFolders, tabIdOf, waitUntil, type ExtensionSession, type FixtureServer } from './harness';

const PASSWORDS = { alice: 'alice-Secret-7731', bob: 'bob-Secret-4419' } as const;
type Who = keyof typeof PASSWORDS;

/** A TCP proxy to the database that can refuse every connection (the server "unreachable") and come back. */
class SwitchableProxy {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;
  /** Accept connections but never answer: a server that stopped answering mid-sync. */
  silent = false;
  constructor(private readonly target: number) {}
  async up(): Promise<void> {
    this.server = createServer((client) => {
      if (this.silent) return void this.sockets.add(client.on('error', () => undefined));
      const upstream = createConnection(this.target);
      this.sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const drop = () => (client.destroy(), upstream.destroy());
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
    });
    await new Promise<void>((r) => this.server!.listen(this.port, '127.0.0.1', r));
    this.port = (this.server.address() as { port: number }).port;
  }
  /** From now on, connections are accepted and never answered (kept-alive ones are cut, so the browser opens new ones). */
  hang(): void {
    this.silent = true;
    for (const x of this.sockets) x.destroy();
    this.sockets.clear();
  }
  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise((r) => server.close(r));
  }
}

let couch: CouchServer;
let proxy: SwitchableProxy;
let fixtures: FixtureServer;
const s: Partial<Record<Who, ExtensionSession>> = {};

// localhost, not 127.0.0.1: the harness maps every other host name (and IP) to the fixture server.
const dbUrl = () => `http://localhost:${proxy.port}/team`;
const session = (who: Who) => s[who]!;
const syncNow = (who: Who) => sendMessage(session(who).panel, { type: 'sync-now' }) as Promise<Answer<'sync-now'>>;
const observations = (who: Who) => readTable<{ url: string; competitorId: number | null; by?: string | null; gid: string }>(session(who).panel, 'observations');
const competitors = (who: Who) => readTable<{ id: number; gid: string; name: string; domains: string[] }>(session(who).panel, 'competitors');

async function clip(who: Who, url: string): Promise<number> {
  const page = await session(who).open(url);
  const answer = await sendMessage(session(who).panel, { type: 'capture-tab', tabId: await tabIdOf(session(who).panel, page) });
  await page.close();
  if (!answer.ok) throw new Error(answer.error);
  return answer.observationId;
}

/** Syncs until this profile has nothing left to send (the panel's live sync may be running at the same time). */
async function syncUntilSettled(who: Who): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const r = await syncNow(who);
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  }
}

beforeAll(async () => {
  couch = await startCouch({
    databases: [{ name: 'team', members: ['alice', 'bob'] }],
    users: (['alice', 'bob'] as const).map((name) => ({ name, password: PASSWORDS[name] })),
  });
  // The admin connects once: the design document that validates every write is installed.
  await setupDatabase(new CouchClient({ url: `${couch.origin}/team`, username: ADMIN.name, password: ADMIN.password }));
  proxy = new SwitchableProxy(couch.port);
  await proxy.up();
  fixtures = await serveFolders(FIXTURE_PAGES);
  // One after the other: the first prepares the test copy of the build the second reuses.
  s.alice = await launchExtension({ server: fixtures });
  s.bob = await launchExtension({ server: fixtures });
}, 60_000);

afterAll(async () => {
  await Promise.all(Object.values(s).map((x) => x?.close()));
  await proxy?.down().catch(() => undefined);
  await couch?.stop();
  await fixtures?.close();
});

describe('team workspace through CouchDB', () => {
  it('refuses a remote http: database, and sets up both profiles on the loopback one', async () => {
    const insecure = await sendMessage(session('alice').panel, { type: 'sync-configure', url: 'http://couch.example.com/team', username: 'alice', password: PASSWORDS.alice });
    expect(insecure).toMatchObject({ ok: false });
    expect(!insecure.ok && insecure.error).toContain('https://');
    const wrong = await sendMessage(session('alice').panel, { type: 'sync-configure', url: dbUrl(), username: 'alice', password: 'wrong' });
    expect(wrong).toEqual({ ok: false, error: 'The server did not accept this user name and password (401).' });
    const r = await sendMessage(session('alice').panel, { type: 'sync-configure', url: dbUrl(), username: 'alice', password: PASSWORDS.alice });
    expect(r).toEqual({ ok: true, user: 'alice', design: 'present' });
    // Bob sets up through the Team tab's form, as a user does.
    const panel = session('bob').panel;
    await panel.evaluate(() => (location.hash = '#team'));
    const form = panel.locator('[data-testid="team-setup"]');
    await form.locator('input[type="url"]').fill(dbUrl());
    await form.locator('input[type="text"]').fill('bob');
    await form.locator('input[type="password"]').fill(PASSWORDS.bob);
    await form.locator('button[type="submit"]').click();
    const connected = panel.locator('[data-testid="sync-connected"]');
    await connected.waitFor({ timeout: 15_000 });
    expect(await connected.innerText()).toContain('as \u2068bob\u2069');
    const status = await sendMessage(panel, { type: 'sync-status' });
    expect(status.ok && status.status).toMatchObject({ configured: true, user: 'bob', design: 'present', screenshots: true, rawCaptures: false });
    await panel.evaluate(() => (location.hash = '#competitors'));
  });

  it('brings clips made in one profile to the other, and files a page of a competitor both know under it', async () => {
    await clip('alice', 'http://www.baanthai.test/');
    await syncUntilSettled('alice');
    await syncUntilSettled('bob');
    const got = await observations('bob');
    expect(got.map((o) => [o.url, o.by])).toEqual([['http://www.baanthai.test/', 'alice']]);
    const [shop] = await competitors('bob');
    expect(shop.domains).toContain('baanthai.test');
    // Bob clips another page of that shop: it lands under the competitor alice created.
    const sale = await clip('bob', 'http://www.baanthai.test/sale/');
    expect((await observations('bob')).find((o) => o.url.includes('/sale'))!.competitorId).toBe(shop.id);
    expect(sale).toBeGreaterThan(0);
    await syncUntilSettled('bob');
    await syncUntilSettled('alice');
    const mine = await observations('alice');
    expect(mine).toHaveLength(2);
    const aliceShops = await competitors('alice');
    expect(aliceShops).toHaveLength(1);
    expect(new Set(mine.map((o) => o.competitorId))).toEqual(new Set([aliceShops[0].id]));
    expect(aliceShops[0].gid).toBe(shop.gid);
  });

  it('keeps clips made while the server is unreachable, answers within 30 s, and joins the new competitor both created', async () => {
    await proxy.down();
    await clip('alice', 'http://www.seoulskin.test/');
    await clip('bob', 'http://www.seoulskin.test/?from=bob');
    for (const who of ['alice', 'bob'] as const) {
      const t0 = performance.now();
      const r = await syncNow(who);
      expect(performance.now() - t0).toBeLessThan(30_000);
      expect(r).toEqual({ ok: false, error: 'The server cannot be reached; your clips wait here and sync once it answers.' });
    }
    // Two machines, two competitors for one shop, for now.
    expect((await competitors('alice')).filter((c) => c.domains.includes('seoulskin.test'))).toHaveLength(1);
    const status = await sendMessage(session('bob').panel, { type: 'sync-status' });
    expect(status.ok && status.status.lastError).toContain('cannot be reached');

    await proxy.up();
    await syncUntilSettled('alice');
    await syncUntilSettled('bob');
    await syncUntilSettled('alice');
    const gids = new Set<string>();
    for (const who of ['alice', 'bob'] as const) {
      const obs = await observations(who);
      expect(obs.map((o) => o.url).sort()).toEqual(['http://www.baanthai.test/', 'http://www.baanthai.test/sale/', 'http://www.seoulskin.test/', 'http://www.seoulskin.test/?from=bob']);
      const shops = (await competitors(who)).filter((c) => c.domains.includes('seoulskin.test'));
      expect(shops).toHaveLength(1);
      gids.add(shops[0].gid);
      expect(obs.filter((o) => o.url.includes('seoulskin')).every((o) => o.competitorId === shops[0].id)).toBe(true);
      expect(new Set(obs.map((o) => o.by))).toEqual(new Set(['alice', 'bob']));
      const st = await sendMessage(session(who).panel, { type: 'sync-status' });
      expect(st.ok && st.status).toMatchObject({ lastError: null, configured: true, user: who });
      expect(JSON.stringify(st)).not.toContain(PASSWORDS[who]);
    }
    expect(gids.size).toBe(1);
  });

  it('leaves the documents on the server: every clip with who made it and its screenshot, one competitor per shop', async () => {
    const { json } = await couch.admin<{ rows: { id: string; doc: { type: string; by: string; domains?: string[]; mergedInto?: string | null; _attachments?: Record<string, unknown> } }[] }>('GET', '/team/_all_docs?include_docs=true');
    const docs = json.rows.map((r) => r.doc);
    const clips = docs.filter((d) => d.type === 'observation');
    expect(clips).toHaveLength(4);
    expect(clips.map((d) => d.by).sort()).toEqual(['alice', 'alice', 'bob', 'bob']);
    expect(clips.every((d) => d._attachments && 'screenshot' in d._attachments)).toBe(true);
    const shops = docs.filter((d) => d.type === 'competitor' && !d.mergedInto);
    expect(shops.map((d) => d.domains![0]).sort()).toEqual(['baanthai.test', 'seoulskin.test']);
    expect(json.rows.some((r) => r.id === '_design/racescout')).toBe(true);
  });

  it('answers within 30 s when the server stops answering, with its own sentence', async () => {
    await clip('alice', 'http://www.baanthai.test/?during=hang');
    proxy.hang();
    const t0 = performance.now();
    const r = await syncNow('alice');
    const ms = performance.now() - t0;
    proxy.silent = false;
    expect(ms).toBeLessThan(30_000);
    expect(r).toEqual({ ok: false, error: 'The server stopped answering, so this sync was stopped after 10 seconds; nothing was lost.' });
    // Nothing lost: the clip goes out with the next sync.
    await syncUntilSettled('alice');
    const { json } = await couch.admin<{ rows: { doc: { url?: string } }[] }>('GET', '/team/_all_docs?include_docs=true');
    expect(json.rows.some((row) => row.doc.url === 'http://www.baanthai.test/?during=hang')).toBe(true);
  }, 60_000);

  it('keeps the password out of every export, backup and table, and shows the team in the panel', async () => {
    for (const who of ['alice', 'bob'] as const) {
      const stored = await session(who).worker.evaluate(() => chrome.storage.local.get(null)) as Record<string, unknown>;
      // The password is kept (in chrome.storage.local) …
      expect(JSON.stringify(stored)).toContain(PASSWORDS[who]);
      // … and in nothing the user can export.
      for (const message of [{ format: 'json' }, { format: 'csv' }, { format: 'csv', table: 'ads' }, { format: 'markdown' }] as const) {
        const r = await sendMessage(session(who).panel, { type: 'export', ...message });
        expect(r.ok && r.text.length).toBeGreaterThan(100);
        expect(r.ok && r.text).not.toContain(PASSWORDS[who]);
      }
      const settings = await readTable(session(who).panel, 'settings');
      expect(JSON.stringify(settings)).not.toContain(PASSWORDS[who]);
    }
    const panel = session('alice').panel;
    await panel.evaluate(() => (location.hash = '#team'));
    const members = panel.locator('[data-testid="team-members"]');
    await members.waitFor({ timeout: 10_000 });
    const { value } = await waitUntil(() => members.innerText(), (text) => text.includes('alice') && text.includes('bob'), 10_000);
    expect(value).toContain('bob');
    expect(await panel.locator('[data-testid="sync-pending"]').innerText()).toBe('0');
    expect(await panel.locator('[data-testid="sync-error"]').innerText()).toBe('—');
  });
});

declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
