/**
 * Real host names on loopback: a local proxy that Chromium sends every request to
 * (`--proxy-server=http://127.0.0.1:PORT --proxy-bypass-list=<-loopback>`).
 *
 * - A plain request (`GET http://host/path`) is answered by host and path.
 * - A CONNECT (https) is accepted and TLS is ended here with a throw-away self-signed certificate
 *   made by openssl at start-up; the test profile alone runs with `--ignore-certificate-errors`.
 *   The decrypted requests are answered the same way, so https://www.google.com/search?q=… reaches
 *   a saved Google page. Sites on Chromium's HSTS preload list (Google, Facebook, Instagram) need
 *   exactly this: over plain http Chromium would upgrade them and never reach a fixture server.
 *
 * Nothing leaves the machine: the proxy never forwards, it only answers from `routes` and
 * `roots`, and a request for anything else gets 404.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { TLSSocket } from 'node:tls';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { CONTENT_TYPES, resolveFile } from './harness';

/** What a route answers: a file to send, or a full response. */
export type RouteAnswer = string | { status?: number; headers?: Record<string, string>; body: string | Buffer } | null;

/** Answers one request, or null for "not mine" (the next route, then the folders, are tried). */
export type Route = (url: URL, req: IncomingMessage) => RouteAnswer | Promise<RouteAnswer>;

export interface ProxyOptions {
  /**
   * Per `host + pathname` (e.g. `www.google.com/search`): a file path to send whatever the query,
   * or a Route. Routes registered later with `proxy.route()` are tried first.
   */
  routes?: Record<string, string | Route>;
  /** Folders served as the fixture server serves them: `<root>/<host>/<path>` or `<root>/<path>`. */
  roots?: string[];
}

export interface SiteProxy {
  port: number;
  /** Chromium flags that send every request through this proxy and accept its certificate. */
  chromiumArgs: string[];
  /** Every request seen, as `scheme://host/path?query` (https ones included, once decrypted). */
  requests: string[];
  /** Adds or replaces the answer for `host + pathname`. */
  route(hostPath: string, answer: string | Route): void;
  close(): Promise<void>;
}

/** A throw-away key and certificate, made once per proxy; no host names matter under --ignore-certificate-errors. */
function throwAwayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'racescout-proxy-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
        '-subj', '/CN=racescout-test-proxy', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startProxy(options: ProxyOptions = {}): Promise<SiteProxy> {
  const routes = new Map<string, string | Route>(Object.entries(options.routes ?? {}));
  const roots = options.roots ?? [];
  const requests: string[] = [];
  const { key, cert } = throwAwayCertificate();

  async function answer(url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
    requests.push(url.href);
    const hostPath = url.hostname + decodeURIComponent(url.pathname);
    const route = routes.get(hostPath);
    let found: RouteAnswer = null;
    if (typeof route === 'string') found = route;
    else if (route) found = await route(url, req);
    if (found === null && roots.length) found = await resolveFile(roots, url.hostname, decodeURIComponent(url.pathname));
    if (found === null) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (typeof found === 'string') {
      const type = CONTENT_TYPES[path.extname(found)] ?? 'text/html; charset=utf-8';
      return void res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(found));
    }
    res.writeHead(found.status ?? 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...found.headers }).end(found.body);
  }

  // One HTTP server for both: plain proxy requests carry an absolute URL, decrypted https ones a
  // path and a Host header (the socket is marked as TLS so the scheme is known).
  const server = createServer((req, res) => {
    const secure = req.socket instanceof TLSSocket;
    const raw = req.url ?? '/';
    const url = /^https?:\/\//i.test(raw) ? new URL(raw) : new URL(raw, `${secure ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`);
    answer(url, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  server.on('connect', (_req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined);
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n', () => {
      if (head.length) socket.unshift(head);
      const tls = new TLSSocket(socket, { isServer: true, key, cert, ALPNProtocols: ['http/1.1'] });
      tls.on('error', () => undefined);
      server.emit('connection', tls);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    chromiumArgs: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>', '--ignore-certificate-errors'],
    requests,
    route(hostPath, routeAnswer) {
      routes.set(hostPath, routeAnswer);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
