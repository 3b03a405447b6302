/**
 * The shared end-to-end harness: fixture pages served on 127.0.0.1, the built extension loaded
 * into Debian's Chromium with a fresh profile, the side panel opened as a page, and runtime
 * messages sent from it.
 *
 * Host names: Chromium resolves EVERY host name to the fixture server (`--host-resolver-rules`),
 * so fixture shops live at realistic addresses (`http://www.baanthai.test/`) and the tags they
 * load keep their vendors' real URLs (`//connect.facebook.net/en_US/fbevents.js`) while nothing
 * leaves the machine. The server picks the folder by host: `<root>/<host>/<path>` when that
 * folder exists, else `<root>/<path>`.
 *
 * Permissions: activeTab cannot be granted by a test without a real gesture, so the tests load a
 * COPY of the shipped build (same files, byte for byte) whose manifest gains host access to the
 * test hosts only (`TEST_HOST_PERMISSIONS`). The shipped `.output/chrome-mv3` is never changed;
 * `shippedManifest()` lets a test check it asks for no host access.
 */
import { createServer, type Server } from 'node:http';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Answer, Message, MessageType } from '../../lib/messages';
import type { SiteProxy } from './proxy';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The build under test: the shipped one, unless RACESCOUT_BUILD_DIR names another (a build made elsewhere). */
export const SHIPPED_BUILD = process.env.RACESCOUT_BUILD_DIR ?? path.join(ROOT, '.output/chrome-mv3');
export const TMP = path.join(ROOT, 'tests/e2e/.tmp');
export const TEST_BUILD = path.join(TMP, 'chrome-mv3-e2e');
export const FIXTURE_PAGES = path.join(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The only thing the test copy adds to the shipped manifest. */
export const TEST_HOST_PERMISSIONS = ['<all_urls>'];

/* ------------------------------------------------------------------ fixture server */

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Every request seen, as `host + path` (lets a test check a late tag was really fetched). */
  requests: string[];
  close(): Promise<void>;
}

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `roots` (tried in order) on 127.0.0.1 at a random port; see the header for host folders. */
export async function serveFolders(...roots: string[]): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(host + pathname);
    resolveFile(roots, host, pathname).then(
      async (file) => {
        if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(await readFile(file));
      },
      () => void res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The file a fixture folder holds for `host` and `pathname` (`<root>/<host>/<path>` first), or null. */
export async function resolveFile(roots: string[], host: string, pathname: string): Promise<string | null> {
  for (const root of roots) {
    const base = existsSync(path.join(root, host)) && host ? path.join(root, host) : root;
    let file = path.join(base, pathname);
    if (!file.startsWith(base)) return null; // no escaping the fixture folder
    const s = await stat(file).catch(() => null);
    if (s?.isDirectory()) file = path.join(file, 'index.html');
    if (await stat(file).then((x) => x.isFile()).catch(() => false)) return file;
  }
  return null;
}

/* ------------------------------------------------------------------ builds */

export async function readManifest(dir: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

export const shippedManifest = () => readManifest(SHIPPED_BUILD);

/**
 * Copies the shipped build to TEST_BUILD and adds host access for the test hosts. Re-copied
 * whenever the shipped build is newer than the copy (`npm run test:e2e` rebuilds it first).
 */
export async function prepareTestBuild(): Promise<string> {
  const shipped = await stat(path.join(SHIPPED_BUILD, 'manifest.json')).catch(() => null);
  if (!shipped) throw new Error(`no build at ${SHIPPED_BUILD}: run \`npx wxt build\` first (npm run test:e2e does)`);
  const copy = await stat(path.join(TEST_BUILD, 'manifest.json')).catch(() => null);
  if (copy && copy.mtimeMs >= shipped.mtimeMs) return TEST_BUILD;
  await rm(TEST_BUILD, { recursive: true, force: true });
  await mkdir(TMP, { recursive: true });
  await cp(SHIPPED_BUILD, TEST_BUILD, { recursive: true });
  const manifest = await readManifest(TEST_BUILD);
  manifest.host_permissions = TEST_HOST_PERMISSIONS;
  await writeFile(path.join(TEST_BUILD, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return TEST_BUILD;
}

/* ------------------------------------------------------------------ browser */

/** The part of the extension API these helpers call inside extension pages. */
interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  windows: { create(o: object): Promise<unknown> };
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    create(o: { url: string }): Promise<{ id?: number }>;
    get(id: number): Promise<{ status?: string }>;
  };
}
declare const chrome: ChromeApi;


export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (evaluate in it for background state). */
  worker: Worker;
  /**
   * `chrome-extension://<id>/sidepanel.html` in a window of its own, so it stays visible (and
   * unthrottled) beside the tab being clipped, as the real side panel is.
   */
  panel: Page;
  /** `chrome-extension://<id>/<file>` */
  extensionUrl(file: string): string;
  /** Opens a fixture page, e.g. `open('http://www.baanthai.test/')`. */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Where every host name resolves (a FixtureServer); without it nothing is remapped. */
  server?: FixtureServer;
  /**
   * Send every request through this local proxy instead (tests/e2e/proxy.ts): real host names,
   * https included, answered on loopback. Takes the place of `server`.
   */
  proxy?: SiteProxy;
  /** Unpacked extension to load; defaults to the test copy of the shipped build. */
  extensionDir?: string;
  /** Window size; the screenshot and the picker's rectangles depend on it. */
  viewport?: { width: number; height: number };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
];

export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = opts.extensionDir ?? (await prepareTestBuild());
  await mkdir(TMP, { recursive: true });
  const userDataDir = mkdtempSync(path.join(TMP, 'profile-'));
  const viewport = opts.viewport ?? { width: 1280, height: 800 };
  const args = [
    ...CHROMIUM_ARGS,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...(opts.proxy
      ? opts.proxy.chromiumArgs
      : opts.server
        ? [`--host-resolver-rules=MAP * 127.0.0.1:${opts.server.port}, EXCLUDE localhost`]
        : []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !process.env.E2E_HEADED,
    args,
    viewport,
    // Playwright's own default flags disable extensions; keep ours only.
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const extensionUrl = (file: string) => `chrome-extension://${extensionId}/${file.replace(/^\//, '')}`;
  const panel = await openPanelWindow(context, worker, extensionUrl('sidepanel.html'));
  return {
    context,
    extensionId,
    worker,
    panel,
    extensionUrl,
    async open(url: string) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/**
 * Background tabs are hidden and their timers throttled to once a second; the side panel is
 * neither. A popup window of its own keeps the panel page visible while a page tab is active.
 */
async function openPanelWindow(context: BrowserContext, worker: Worker, url: string): Promise<Page> {
  // On a loaded machine the new page may first report about:blank and reach its URL later, so the
  // pages are polled by URL rather than matched once when the "page" event fires. A window asked
  // for while the fresh profile is still starting up is now and then never made: ask again.
  for (let attempt = 0; attempt < PANEL_WINDOW_ATTEMPTS; attempt++) {
    await worker.evaluate((u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 900 }), url);
    const found = await waitUntil(async () => context.pages().find((p) => p.url() === url) ?? null, (p) => p !== null, 25_000, 100);
    if (!found.value) continue;
    await found.value.waitForLoadState('load');
    return found.value;
  }
  throw new Error(`the panel window (${url}) did not open after ${PANEL_WINDOW_ATTEMPTS} requests`);
}

const PANEL_WINDOW_ATTEMPTS = 3;

/* ------------------------------------------------------------------ messages and reads */


/** Sends a runtime message from an extension page (normally the panel) and returns the answer. */
export async function sendMessage<K extends MessageType>(page: Page, message: Message<K>): Promise<Answer<K>> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message as unknown as Record<string, unknown>) as Promise<Answer<K>>;
}

/** Clips the tab showing `page` as the toolbar button would (the tab in front: the screenshot is of the visible tab). */
export async function captureTab(session: Pick<ExtensionSession, 'panel'>, page: Page): Promise<Answer<'capture-tab'>> {
  await page.bringToFront();
  return sendMessage(session.panel, { type: 'capture-tab', tabId: await tabIdOf(session.panel, page) });
}

/** Opens `url`, clips it and closes it; the new observation's id, or an error naming the page. */
export async function clipUrl(session: Pick<ExtensionSession, 'panel' | 'open'>, url: string): Promise<number> {
  const page = await session.open(url);
  const answer = await captureTab(session, page);
  await page.close();
  if (!answer.ok) throw new Error(`clipping ${url} failed: ${answer.error}`);
  return answer.observationId;
}

/**
 * Picks the element `selector` of `page` as an ad with the picker, pointing at its top corner
 * (its own padding), so the picker outlines the slot and not an image inside it.
 */
export async function pickAdAt(session: Pick<ExtensionSession, 'panel'>, page: Page, selector: string): Promise<void> {
  await page.bringToFront();
  const answer = await sendMessage(session.panel, { type: 'pick-ad', tabId: await tabIdOf(session.panel, page) });
  if (!answer.ok) throw new Error(`pick-ad failed: ${answer.error}`);
  await page.locator('racescout-picker').waitFor({ state: 'attached' });
  const ad = page.locator(selector);
  await ad.scrollIntoViewIfNeeded();
  const box = await ad.boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  await page.mouse.move(box.x + box.width - 3, box.y + 3);
  await page.waitForTimeout(150);
  await page.mouse.click(box.x + box.width - 3, box.y + 3);
}

/**
 * The browser's id of the tab showing `page` (asked from an extension page). Several tabs may
 * show the same URL, so the page's URL is marked for a moment (history.replaceState: no
 * navigation, no hashchange) and the tab found by the mark.
 */
export async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  const mark = `racescout-tab-${Math.random().toString(36).slice(2)}`;
  const original = await page.evaluate((m) => {
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${m}`);
    return before;
  }, mark);
  try {
    const id = await extensionPage.evaluate(async (m) => (await chrome.tabs.query({})).find((t) => t.url?.endsWith(`#${m}`))?.id ?? null, mark);
    if (id === null) throw new Error(`no tab shows ${original}`);
    return id;
  } finally {
    await page.evaluate((u) => history.replaceState(history.state, '', u), original);
  }
}

/**
 * Opens `url` in a new tab through the extension API and returns its id. For pages whose URL the
 * extension may not see (chrome://, about:), where `tabIdOf` cannot find them.
 */
export async function createTab(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (u) => {
    const tab = await chrome.tabs.create({ url: u });
    // Wait for the page to commit: until then the tab has no URL.
    for (let i = 0; i < 200 && tab.id !== undefined; i++) {
      if ((await chrome.tabs.get(tab.id)).status === 'complete') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    return tab.id ?? null;
  }, url);
  if (id === null) throw new Error(`could not open ${url}`);
  return id;
}

/**
 * Every row of one table of the extension's IndexedDB database, read with the raw IndexedDB API
 * from an extension page (so tests check what is stored, not what the store module says).
 */
export async function readTable<T = Record<string, unknown>>(extensionPage: Page, table: string, dbName = 'racescout'): Promise<T[]> {
  return extensionPage.evaluate(
    ({ table, dbName }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          if (!idb.objectStoreNames.contains(table)) return (idb.close(), resolve([]));
          const req = idb.transaction(table, 'readonly').objectStore(table).getAll();
          req.onsuccess = () => (idb.close(), resolve(req.result as T[]));
          req.onerror = () => (idb.close(), reject(req.error));
        };
      }),
    { table, dbName },
  );
}

/** Gunzips a stored capture row's `gz` (read in the page, returned as the capture JSON). */
export async function readCaptures(extensionPage: Page): Promise<Record<string, unknown>[]> {
  const rows = await extensionPage.evaluate(async () => {
    const open = indexedDB.open('racescout');
    const idb = await new Promise<IDBDatabase>((resolve, reject) => ((open.onsuccess = () => resolve(open.result)), (open.onerror = () => reject(open.error))));
    const all = await new Promise<{ gz: Uint8Array }[]>((resolve) => {
      const req = idb.transaction('captures').objectStore('captures').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    idb.close();
    const out: string[] = [];
    for (const row of all) {
      const stream = new Blob([row.gz as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
      out.push(await new Response(stream).text());
    }
    return out;
  });
  return rows.map((r) => JSON.parse(r) as Record<string, unknown>);
}

/** Polls `read` until `check` passes or `timeoutMs` runs out; returns the last value and the time it took. */
export async function waitUntil<T>(read: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 5_000, everyMs = 25): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  let value = await read();
  while (!check(value) && performance.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, everyMs));
    value = await read();
  }
  return { value, ms: performance.now() - start };
}
