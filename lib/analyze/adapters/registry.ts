/**
 * The adapter registry, built from the `sites/` folder: one file per site, its id is the file
 * name, its default export a `defineAdapter()` definition. Adding a site touches nothing here.
 */
import type { PageDoc } from '../document';
import type { CaptureInput } from '../types';
import type { Adapter, AdapterDefinition, AdapterResult } from './types';

const modules = import.meta.glob<{ default: AdapterDefinition }>('./sites/*.ts', { eager: true });

/** Every adapter of the folder, in the order they are tried. */
export const ADAPTERS: readonly Adapter[] = orderAdapters(Object.entries(modules).map(([path, mod]) => ({ ...mod.default, id: adapterIdFromPath(path) })));

/** By priority (higher first), then id, so the first match never depends on the build. */
export function orderAdapters(list: readonly Adapter[]): Adapter[] {
  return [...list].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || a.id.localeCompare(b.id));
}

/** `./sites/meta-ad-library.ts` → `meta-ad-library`. */
export function adapterIdFromPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.ts$/, '');
}

/** Adapters whose URL patterns accept this URL, in registry order. */
export function adaptersFor(url: string, adapters: readonly Adapter[] = ADAPTERS): Adapter[] {
  return adapters.filter((a) => (a.matches ?? []).some((re) => re.test(url)));
}

/**
 * Runs the first adapter that accepts the URL and recognises the page. A throwing adapter is
 * skipped (and the next one tried): a broken site reader must never cost the user the generic
 * page analysis, which analyze() runs whatever happens here.
 */
export function runAdapters(doc: PageDoc, capture: CaptureInput): (AdapterResult & { adapter: string }) | null {
  return runFirstAdapter(ADAPTERS, doc, capture);
}

/** runAdapters over a given list (tests pass their own). */
export function runFirstAdapter(
  adapters: readonly Adapter[],
  doc: PageDoc,
  capture: CaptureInput,
): (AdapterResult & { adapter: string }) | null {
  for (const adapter of adaptersFor(capture.url, adapters)) {
    try {
      const kind = adapter.detect(doc, capture);
      if (!kind) continue;
      return { ...adapter.extract(doc, capture, kind), adapter: adapter.id };
    } catch (err) {
      reportAdapterError(adapter.id, err);
    }
  }
  return null;
}

function reportAdapterError(id: string, err: unknown): void {
  // Visible in tests and the extension's service-worker console; never rethrown.
  console.warn(`[racescout] adapter ${id} failed:`, err instanceof Error ? err.message : err);
}
