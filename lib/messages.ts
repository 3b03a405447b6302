/**
 * The one message protocol between the side panel, the on-demand page scripts and the
 * background. Every message is a plain object `{ type, ...fields }` (tests and tools send the
 * same plain forms), and every answer is `{ ok: true, ... }` or `{ ok: false, error }`.
 * Types only: the background's handler map (lib/background/handlers.ts) is typed against
 * `Protocol`, so a message without a handler, or a handler with the wrong answer, fails to compile.
 */
import type { CaptureInput, PickedElement } from './analyze/types';
import type { AnalysisDone, AnalysisJob } from './analysis/job';
import type { Every } from './watch/types';
import type { RoundSummary } from './watch/round';
import type { SyncStatus } from './sync/status';

export type Result<T extends object = object> = ({ ok: true } & T) | { ok: false; error: string };

export type ExportFormat = 'markdown' | 'csv' | 'json';
/** CSV tables: clips, matrix cells, distinct ads (the swipe file), search landscape rows. */
export type ExportTable = 'observations' | 'matrix' | 'ads' | 'searches';

/** CSS viewport of the page when it was captured (for cropping a picked element's screenshot). */
export interface Viewport {
  width: number;
  height: number;
  devicePixelRatio: number;
}

/** What the page scripts hand back: the analyzer's input plus the viewport. */
export interface PageCapture extends CaptureInput {
  title: string;
  resources: string[];
  globals: string[];
  capturedAt: string;
  viewport: Viewport;
}

/** Where a clip's time went (ms), for the benchmark figures; the service worker's clock. */
export interface ClipTimings {
  /** Injecting the page scripts and serialising the page. */
  capture: number;
  analyze: number;
  /** Waiting for the screenshot after the analysis (it is taken meanwhile). */
  screenshotWait: number;
  /** Compressing and writing the transaction. */
  save: number;
  total: number;
  htmlChars: number;
}

/** Request fields (beside `type`) and answer of each message. */
export interface Protocol {
  /** Clip the whole page in that tab (toolbar, panel button, context menu, shortcut). */
  'capture-tab': { request: { tabId: number }; answer: Result<{ observationId: number; timings?: ClipTimings }> };
  /** Start the element picker in that tab; the pick arrives later as `picked`. */
  'pick-ad': { request: { tabId: number }; answer: Result };
  /** Sent by the picker in the page once the user clicked an element (overlay already removed). */
  picked: { request: { picked: PickedElement; viewport: Viewport }; answer: Result<{ observationId: number; timings?: ClipTimings }> };
  /**
   * An export. Past TRANSFER_CHUNK_CHARS the answer is the first part only, with `transfer` and
   * `parts`: the rest comes with `export-part` (one message may carry at most 64 MiB).
   */
  export: { request: { format: ExportFormat; table?: ExportTable }; answer: Result<{ text: string; transfer?: string; parts?: number }> };
  /** Part `index` (1 … parts−1) of a chunked export; the last one read frees it. */
  'export-part': { request: { transfer: string; index: number }; answer: Result<{ text: string }> };
  /** Restore a backup given whole (`text`) or sent before in `restore-part`s (`transfer`). */
  restore: { request: { text?: string; transfer?: string }; answer: Result };
  /** One part of a large backup on its way to `restore`. */
  'restore-part': { request: { transfer: string; index: number; parts: number; text: string }; answer: Result };
  /** Derive every stored observation again from its raw capture with the current analyzer. */
  'reanalyze-all': { request: Record<never, never>; answer: Result<{ reanalyzed: number; failed: number }> };
  /** Watch a page (the extension must already be allowed to read its origin); its first fetch becomes the baseline. */
  watch: { request: { url: string; every: Every }; answer: Result<{ watchId: number }> };
  unwatch: { request: { watchId: number }; answer: Result };
  /** Run the checks that are due (every active watch with `force`). */
  'run-watches': { request: { force?: boolean }; answer: Result<RoundSummary> };
  /** Change a watch's frequency, or pause / resume it. */
  'watch-set': { request: { watchId: number; every?: Every; paused?: boolean }; answer: Result };
  /** Mark inbox rows as seen (all unseen without `ids`); answers how many remain unseen. */
  'watch-seen': { request: { ids?: number[] }; answer: Result<{ unseen: number }> };
  /**
   * Set up the team database (https, or http on loopback only). The panel asks the browser for
   * the origin's access on the user's click first. The password is kept in chrome.storage.local only;
   * set up again with the same address and user name but no password, the stored one is kept.
   */
  'sync-configure': {
    request: { url: string; username?: string; password?: string; screenshots?: boolean; rawCaptures?: boolean };
    answer: Result<{ user: string | null; design: 'installed' | 'present' | 'needs-admin' }>;
  };
  /** Sync now: send what changed here, take what changed there. Answers within 30 s. */
  'sync-now': { request: Record<never, never>; answer: Result<{ pushed: number; pulled: number }> };
  /** What the panel's Team section shows (never the password). */
  'sync-status': { request: Record<never, never>; answer: Result<{ status: SyncStatus }> };
  /** Forget the team database and its credentials; what was synced stays here. */
  'sync-disconnect': { request: Record<never, never>; answer: Result };
}

export type MessageType = keyof Protocol;

/** Characters per message part of a chunked export or restore: at most 3 bytes each in UTF-8, well under the 64 MiB a message may carry. */
export const TRANSFER_CHUNK_CHARS = 8 * 1024 * 1024;

/**
 * Background → offscreen document (Chromium): analyse one clip in a worker there. Addressed by
 * `target`, so the background's router, which knows only `Protocol`, leaves it alone.
 */
export interface OffscreenAnalyze {
  target: 'offscreen';
  type: 'analyze';
  job: AnalysisJob;
  /** The analysis' time limit (ms); past it the worker is terminated. */
  limitMs: number;
}

export type OffscreenAnswer = Result<{ done: AnalysisDone }> & { timeout?: boolean };

/** The plain message of one type, e.g. `{ type: 'capture-tab', tabId: 3 }`. */
export type Message<K extends MessageType = MessageType> = { [P in K]: { type: P } & Protocol[P]['request'] }[K];

export type Answer<K extends MessageType> = Protocol[K]['answer'];

/** Who sent a message: the tab, when it came from a page script. */
export interface MessageSender {
  tab?: { id?: number; url?: string; windowId?: number };
}

export type Handler<K extends MessageType> = (message: Message<K>, sender: MessageSender) => Promise<Answer<K>>;

/** One handler per message type, no more, no less. */
export type HandlerMap = { [K in MessageType]: Handler<K> };
