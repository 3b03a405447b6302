/**
 * Replication against a real CouchDB-protocol server (pouchdb-server in memory), in Node: two
 * "machines" are two databases written through the store's real save path, synced with the
 * module the extension runs.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { createServer, type Server } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { syncErrorText, type SyncError } from '../../lib/sync/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRaceScoutDb, type RaceScoutDb } from '../../lib/store/db';
import { applyBackup, backupJson } from '../../lib/store/backup';
import { saveClip } from '../../lib/store/queries';
import { setSetting } from '../../lib/store/queries-plan';
import { notesKey } from '../../lib/plan/settings';
import { clipsByMember, pendingCount, readCheckpoint } from '../../lib/store/sync-store';
import { CouchClient } from '../../lib/sync/couch';
import { replicate } from '../../lib/sync/replicate';
import { setupDatabase } from '../../lib/sync/setup';
import { SYNC_SCHEMA } from '../../lib/sync/doc';
import { ADMIN, startCouch, type CouchServer } from '../../scripts/couch-server';
import { pageObservation, profileObservation } from '../store/observations';

let couch: CouchServer;
const opened: RaceScoutDb[] = [];
const SHOT = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

beforeAll(async () => {
  couch = await startCouch({
    databases: [{ name: 'team', members: ['alice', 'bob'] }, { name: 'private', members: ['carol'] }],
    users: [
      { name: 'alice', password: 'alice-pw' },
      { name: 'bob', password: 'bob-pw' },
    ],
  });
}, 30_000);

afterAll(async () => {
  for (const d of opened) {
    d.close();
    await Dexie.delete(d.name);
  }
  await couch?.stop();
});

let n = 0;
function machine(): RaceScoutDb {
  const d = openRaceScoutDb(`sync-machine-${n++}`);
  opened.push(d);
  return d;
}

const client = (user: 'alice' | 'bob', db = 'team', opts: { signal?: AbortSignal; requestMs?: number; origin?: string } = {}) =>
  new CouchClient({ url: `${opts.origin ?? couch.origin}/${db}`, username: user, password: `${user}-pw`, ...opts });

const sync = (database: RaceScoutDb, user: 'alice' | 'bob') => replicate({ client: client(user), me: user, database });

const clip = (database: RaceScoutDb, url: string, capturedAt: string, screenshot: string | null = null) => {
  const obs = pageObservation({ url, domain: new URL(url).hostname.replace(/^(www|shop)\./, ''), capturedAt });
  return saveClip({ html: `<title>${url}</title>`, url, capturedAt }, obs, screenshot, database);
};

describe('replication through CouchDB', () => {
  it('sets up the database: design document installed by an admin, refusing malformed documents', async () => {
    const admin = new CouchClient({ url: `${couch.origin}/team`, username: ADMIN.name, password: ADMIN.password });
    expect(await setupDatabase(admin)).toEqual({ user: 'admin', design: 'installed' });
    expect(await setupDatabase(client('alice'))).toEqual({ user: 'alice', design: 'present' });
    const refused = await admin.bulkDocs([{ _id: 'observation:x', type: 'observation', schema: 1, gid: 'x', updatedAt: 'now' }, { _id: 'junk', hello: 1 }]);
    expect(refused.map((r) => r.error)).toEqual(['forbidden', 'forbidden']);
  });

  it('maps 401, 403, 404, 409 and 5xx to one sentence each', async () => {
    const wrong = new CouchClient({ url: `${couch.origin}/team`, username: 'alice', password: 'nope' });
    await expect(wrong.info()).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(client('alice', 'missing').info()).rejects.toMatchObject({ code: 'not-found' });
    // Statuses pouchdb-server does not give as CouchDB does (403 for a non-member) or not on demand.
    const stub = createHttpServer((req, res) => void res.writeHead(Number(req.url!.split('/')[1])).end('{"error":"x"}'));
    await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(stub.address() as { port: number }).port}`;
    const codes: Record<string, string> = {};
    for (const status of ['401', '403', '404', '409', '500', '503']) {
      const error = await new CouchClient({ url: `${origin}/${status}` }).info().catch((e: SyncError) => e);
      codes[status] = `${(error as SyncError).code} ${syncErrorText(error as SyncError, () => '')}`;
    }
    stub.close();
    expect(codes).toEqual({
      '401': 'unauthorized The server did not accept this user name and password (401).',
      '403': 'forbidden This user may not use this database (403): ask its admin to add the user to the database’s members.',
      '404': 'not-found There is no database at this address (404): check the URL, or ask the admin to create it.',
      '409': 'conflict Another machine was writing the same records (409); sync again to finish.',
      '500': 'server The server failed (error 500); your clips wait here, try again later.',
      '503': 'server The server failed (error 503); your clips wait here, try again later.',
    });
  });

  it('shares clips, screenshots, snapshots and who clipped them; a second sync sends nothing', async () => {
    const a = machine();
    const b = machine();
    await clip(a, 'https://shop.baanthai.co.th/products/silk', '2026-01-10T03:00:00.000Z', SHOT);
    const profile = profileObservation();
    await saveClip({ html: '<title>ig</title>', url: profile.url, capturedAt: '2026-01-12T03:00:00.000Z' }, { ...profile, capturedAt: '2026-01-12T03:00:00.000Z' }, null, a);
    expect(await pendingCount(a)).toBeGreaterThanOrEqual(3);
    expect(await clipsByMember(a)).toEqual([{ by: null, clips: 2, latest: '2026-01-12T03:00:00.000Z' }]);
    const first = await sync(a, 'alice');
    expect(await clipsByMember(a)).toEqual([{ by: 'alice', clips: 2, latest: '2026-01-12T03:00:00.000Z' }]);
    expect(first.pushed).toBeGreaterThanOrEqual(4); // competitor, 2 observations, snapshot
    expect(await pendingCount(a)).toBe(0);
    expect(await sync(a, 'alice')).toEqual({ pushed: 0, pulled: 0, newer: 0 });

    const got = await sync(b, 'bob');
    expect(got.pulled).toBeGreaterThanOrEqual(3); // the snapshot is derived from its observation, as on the first machine
    const [competitors, observations] = await Promise.all([b.competitors.toArray(), b.observations.toArray()]);
    expect(competitors.map((c) => c.domains[0])).toEqual(['baanthai.co.th']);
    expect(observations).toHaveLength(2);
    expect(observations.every((o) => o.by === 'alice' && o.competitorId === competitors[0].id)).toBe(true);
    expect(await b.snapshots.count()).toBe(1);
    expect(await clipsByMember(b)).toEqual([{ by: 'alice', clips: 2, latest: '2026-01-12T03:00:00.000Z' }]);
    const shot = (await b.captures.toArray()).find((c) => c.screenshot)?.screenshot;
    expect(shot).toBe(SHOT);
    expect(await pendingCount(b)).toBe(0);
    // The server holds the documents, the screenshot as an attachment.
    const obsGid = (await a.observations.toCollection().first())!.gid!;
    const doc = await couch.admin<{ by: string; _attachments: Record<string, { content_type: string }> }>('GET', `/team/observation:${obsGid}`);
    expect(doc.json.by).toBe('alice');
    expect(doc.json._attachments.screenshot.content_type).toBe('image/png');
  });

  it('makes competitors created offline on two machines for one domain one, with every clip under it, the same on both', async () => {
    const a = machine();
    const b = machine();
    await Promise.all([sync(a, 'alice'), sync(b, 'bob')]);
    await clip(a, 'https://www.newshop.test/a', '2026-03-01T00:00:00.000Z');
    await clip(b, 'https://www.newshop.test/b', '2026-03-01T00:05:00.000Z');
    await clip(b, 'https://newshop.test/c', '2026-03-01T00:06:00.000Z');
    await a.competitors.where('domains').equals('newshop.test').modify({ handles: ['instagram:newshop'] });
    await b.competitors.where('domains').equals('newshop.test').modify({ aliases: ['new shop co'] });
    await sync(a, 'alice');
    await sync(b, 'bob');
    await sync(a, 'alice');
    await sync(b, 'bob');
    for (const m of [a, b]) {
      const shops = await m.competitors.where('domains').equals('newshop.test').toArray();
      expect(shops).toHaveLength(1);
      expect(shops[0].handles).toContain('instagram:newshop');
      expect(shops[0].aliases).toContain('new shop co');
      const clips = await m.observations.where('url').startsWith('https://').filter((o) => o.url.includes('newshop.test')).toArray();
      expect(clips).toHaveLength(3);
      expect(clips.every((o) => o.competitorId === shops[0].id)).toBe(true);
      expect(await pendingCount(m)).toBe(0);
    }
    const [ga, gb] = await Promise.all([a, b].map(async (m) => (await m.competitors.where('domains').equals('newshop.test').first())!.gid));
    expect(ga).toBe(gb);
    // A third machine joining later sees the same: one competitor, every clip under it.
    const c = machine();
    await sync(c, 'bob');
    const shops = await c.competitors.filter((x) => x.domains.includes('newshop.test') || x.name === 'newshop.test').toArray();
    expect(shops.map((x) => x.gid)).toEqual([ga]);
    expect(await c.observations.where('competitorId').equals(shops[0].id).count()).toBe(3);
    expect(await pendingCount(c)).toBe(0);
    // The other gid now points at the survivor on the server.
    const all = await couch.admin<{ rows: { doc: { type: string; domains?: string[]; mergedInto?: string | null } }[] }>('GET', '/team/_all_docs?include_docs=true');
    const shopDocs = all.json.rows.map((r) => r.doc).filter((d) => d.type === 'competitor' && d.domains?.includes('newshop.test'));
    expect(shopDocs.filter((d) => !d.mergedInto)).toHaveLength(1);
    expect(shopDocs.filter((d) => d.mergedInto === ga)).toHaveLength(1);
  });

  it('keeps both versions of a note edited on two machines at once, flagged, the same on both', async () => {
    const a = machine();
    const b = machine();
    await clip(a, 'https://notes.test/', '2026-04-01T00:00:00.000Z');
    await sync(a, 'alice');
    await sync(b, 'bob');
    const ida = (await a.competitors.where('domains').equals('notes.test').first())!.id;
    const idb = (await b.competitors.where('domains').equals('notes.test').first())!.id;
    await setSetting(notesKey(ida), { notes: 'Base note', swot: { strengths: 'Fast delivery', weaknesses: '', opportunities: '', threats: '' } }, a);
    await sync(a, 'alice');
    await sync(b, 'bob');
    expect(((await b.settings.get(notesKey(idb)))!.value as { notes: string }).notes).toBe('Base note');
    await setSetting(notesKey(ida), { notes: 'Alice: free shipping over 500 THB', swot: { strengths: 'Fast delivery', weaknesses: '', opportunities: '', threats: '' } }, a);
    await setSetting(notesKey(idb), { notes: 'Bob: runs LINE coupons', swot: { strengths: 'Fast delivery', weaknesses: 'Slow site', opportunities: '', threats: '' } }, b);
    await sync(a, 'alice');
    await sync(b, 'bob');
    await sync(a, 'alice');
    const [na, nb] = [await a.settings.get(notesKey(ida)), await b.settings.get(notesKey(idb))];
    const text = (na!.value as { notes: string }).notes;
    expect(text).toContain('Alice: free shipping over 500 THB');
    expect(text).toContain('Bob: runs LINE coupons');
    expect(nb!.value).toEqual(na!.value);
    expect(na!.conflict).toHaveLength(2);
    expect(nb!.conflict).toHaveLength(2);
    // A later edit here is an ordinary one: the flag clears.
    await setSetting(notesKey(ida), { notes: 'Merged by hand', swot: { strengths: 'Fast delivery', weaknesses: 'Slow site', opportunities: '', threats: '' } }, a);
    expect((await a.settings.get(notesKey(ida)))!.conflict).toBeNull();
    await sync(a, 'alice');
    await sync(b, 'bob');
    expect(((await b.settings.get(notesKey(idb)))!.value as { notes: string }).notes).toBe('Merged by hand');
    expect((await b.settings.get(notesKey(idb)))!.conflict).toBeNull();
  });

  it('leaves documents of a newer schema alone, neither applied nor overwritten', async () => {
    const future = { _id: 'competitor:future-1', type: 'competitor', schema: SYNC_SCHEMA + 1, gid: 'future-1', updatedAt: '2027-01-01T00:00:00.000Z', name: 'From the future', domains: ['future.test'], handles: [], createdAt: '2027-01-01T00:00:00.000Z', newField: { x: 1 } };
    expect((await couch.admin('PUT', '/team/competitor:future-1', future)).status).toBe(201);
    const c = machine();
    const got = await sync(c, 'bob');
    expect(got.newer).toBe(1);
    expect(await c.competitors.where('domains').equals('future.test').count()).toBe(0);
    const still = await couch.admin<{ schema: number; newField: unknown }>('GET', '/team/competitor:future-1');
    expect(still.json.schema).toBe(SYNC_SCHEMA + 1);
  });

  it('keeps clips made while the server is down and sends them later; a silent server ends the sync within its deadline', async () => {
    const a = machine();
    await sync(a, 'alice');
    await clip(a, 'https://offline.test/1', '2026-05-01T00:00:00.000Z');
    // A server that accepts connections and never answers.
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    const deadline = AbortSignal.timeout(1_500);
    const t0 = performance.now();
    await expect(replicate({ client: client('alice', 'team', { origin, signal: deadline, requestMs: 10_000 }), me: 'alice', database: a, signal: deadline })).rejects.toMatchObject({ code: 'timeout' });
    expect(performance.now() - t0).toBeLessThan(3_000);
    silent.close();
    // Nobody listening at all.
    await expect(replicate({ client: client('alice', 'team', { origin: 'http://127.0.0.1:9' }), me: 'alice', database: a })).rejects.toMatchObject({ code: 'offline' });
    expect(await pendingCount(a)).toBeGreaterThan(0);
    const later = await sync(a, 'alice');
    expect(later.pushed).toBeGreaterThanOrEqual(2);
    expect(await pendingCount(a)).toBe(0);
  });

  it('resumes an interrupted pull from its checkpoint, applying each page once', async () => {
    const source = machine();
    for (let i = 0; i < 7; i++) await clip(source, `https://resume${i}.test/`, `2026-06-0${i + 1}T00:00:00.000Z`);
    await sync(source, 'alice');
    const reader = machine();
    // The connection drops after the third request (the feed's first page and its documents, then the second page).
    let requests = 0;
    const flaky: typeof fetch = (input, init) => (++requests > 3 ? Promise.reject(new TypeError('network down')) : fetch(input, init));
    const cut = replicate({ client: new CouchClient({ url: `${couch.origin}/team`, username: 'bob', password: 'bob-pw', fetch: flaky }), me: 'bob', database: reader, page: 5 });
    await expect(cut).rejects.toMatchObject({ code: 'offline' });
    const partial = await reader.observations.count();
    expect(partial).toBeGreaterThan(0);
    const since = await readCheckpoint(`${couch.origin}/team`, reader);
    expect(since).not.toBe(0);
    const rest = await replicate({ client: client('bob'), me: 'bob', database: reader, page: 5 });
    expect(await reader.observations.count()).toBe(await couch.admin<{ rows: { id: string }[] }>('GET', '/team/_all_docs').then((r) => r.json.rows.filter((x) => x.id.startsWith('observation:')).length));
    expect(rest.pulled).toBeGreaterThan(0);
    // Nothing applied twice: one row per gid.
    const gids = (await reader.observations.toArray()).map((o) => o.gid);
    expect(new Set(gids).size).toBe(gids.length);
  });

  it('retries a competitor another machine wrote between its read and its write (409), joining both edits', async () => {
    const a = machine();
    const b = machine();
    await clip(a, 'https://race.test/', '2026-07-01T00:00:00.000Z');
    await sync(a, 'alice');
    await sync(b, 'bob');
    const idA = (await a.competitors.where('domains').equals('race.test').first())!.id;
    const idB = (await b.competitors.where('domains').equals('race.test').first())!.id;
    await a.competitors.update(idA, { handles: ['instagram:race_a'] });
    await b.competitors.update(idB, { aliases: ['race bee'] });
    // A's write lands right after B read the server's version: B's first write gets 409.
    let injected = false;
    let conflicts = 0;
    const racing: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (String(input).endsWith('_bulk_docs')) conflicts += ((await res.clone().json()) as { error?: string }[]).filter((r) => r.error === 'conflict').length;
      if (!injected && String(input).includes('_all_docs?include_docs=true') && init?.method === 'POST') {
        injected = true;
        await sync(a, 'alice');
      }
      return res;
    };
    const got = await replicate({ client: new CouchClient({ url: `${couch.origin}/team`, username: 'bob', password: 'bob-pw', fetch: racing }), me: 'bob', database: b });
    expect(injected).toBe(true);
    expect(conflicts).toBe(1);
    expect(got.pushed).toBeGreaterThanOrEqual(1);
    await sync(a, 'alice');
    for (const m of [a, b]) {
      const c = (await m.competitors.where('domains').equals('race.test').first())!;
      expect(c.handles).toContain('instagram:race_a');
      expect(c.aliases).toContain('race bee');
      expect(await pendingCount(m)).toBe(0);
    }
  });

  it('restores a backup of a synced machine without sending or duplicating anything', async () => {
    const x = machine();
    await sync(x, 'alice');
    await clip(x, 'https://backup.test/', '2026-08-01T00:00:00.000Z');
    await sync(x, 'alice');
    const text = await backupJson(x);
    const y = machine();
    expect(await applyBackup(y, text)).toMatchObject({ ok: true });
    expect(await pendingCount(y)).toBe(0);
    const again = await sync(y, 'bob');
    expect(again.pushed).toBe(0);
    const [gx, gy] = await Promise.all([x, y].map(async (m) => (await m.observations.toArray()).map((o) => o.gid).sort()));
    expect(gy).toEqual(gx);
  });
});
