/**
 * Vitest global setup: the extractor tests measure on the shared corpus, which lives beside the
 * project (`../shared/corpus`, as CI lays it out) and is never copied in. Without it dozens of
 * tests would fail with ENOENT; one sentence says why instead.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export default function checkCorpus(): void {
  const corpus = resolve(process.cwd(), '../shared/corpus');
  if (!existsSync(resolve(corpus, 'pages.jsonl'))) {
    throw new Error(`The tests read real pages from the shared corpus, expected at ${corpus} (the folder shared/ beside the project). Put it there and run the tests again.`);
  }
}
