/**
 * A CouchDB-protocol server for tests and the benchmark: `pouchdb-server --in-memory` from the
 * project's dev dependencies, on a free 127.0.0.1 port, in a throwaway folder (it writes its
 * config and log where it runs), stopped by `stop()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../node_modules/.bin/pouchdb-server');

export interface CouchServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Stops answering (the process is stopped); `start()` brings it back, empty (it is in memory). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** A request as an admin (`admin` / ADMIN_PASSWORD): JSON in and out. */
  admin<T = Record<string, unknown>>(method: string, pathname: string, body?: unknown): Promise<{ status: number; json: T }>;
}

export const ADMIN = { name: 'admin', password: 'admin-pass-1' };

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

/**
 * Starts the server, makes `admin` its admin and creates `databases` (each with the given
 * members, when any). An in-memory server forgets everything when stopped.
 */
export async function startCouch(opts: { port?: number; databases?: { name: string; members?: string[] }[]; users?: { name: string; password: string }[] } = {}): Promise<CouchServer> {
  const port = opts.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'racescout-couch-'));
  let child: ChildProcess | null = null;
  const auth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;
  const admin = async <T,>(method: string, pathname: string, body?: unknown) => {
    const res = await fetch(`${origin}${pathname}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, ...(body !== undefined && { body: JSON.stringify(body) }) });
    return { status: res.status, json: (await res.json()) as T };
  };
  const start = async () => {
    child = spawn(process.execPath, [BIN, '--in-memory', '--port', String(port), '--host', '127.0.0.1', '--dir', dir, '--config', path.join(dir, 'config.json'), '--no-stdout-logs'], { cwd: dir, stdio: 'ignore' });
    const until = Date.now() + 20_000;
    for (;;) {
      const up = await fetch(`${origin}/`).then((r) => r.ok, () => false);
      if (up) break;
      if (Date.now() > until) throw new Error('pouchdb-server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    // The admin first: pouchdb-server serves everyone as admin until one exists.
    await fetch(`${origin}/_config/admins/${ADMIN.name}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
    for (const u of opts.users ?? []) await admin('PUT', `/_users/org.couchdb.user:${u.name}`, { _id: `org.couchdb.user:${u.name}`, name: u.name, password: u.password, type: 'user', roles: [] });
    for (const d of opts.databases ?? []) {
      await admin('PUT', `/${d.name}`);
      if (d.members) await admin('PUT', `/${d.name}/_security`, { admins: { names: [], roles: [] }, members: { names: d.members, roles: [] } });
    }
  };
  const stop = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((r) => {
      c.once('exit', () => r());
      c.kill('SIGTERM');
    });
  };
  await start();
  process.once('exit', () => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  return { origin, port, start, stop: async () => stop(), admin };
}
