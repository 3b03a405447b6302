/**
 * The search adapters on the real result pages of ../shared/corpus/real-serps (Google, Bing,
 * Yahoo, Yandex, Baidu, DuckDuckGo, 2020–2026), judged by scripts/eval/real-serps.ts against the
 * counts their upstream tests assert: every page is read, its counts hold, and every ad has a
 * headline and a landing URL that is not an engine's redirect. Skipped where the corpus is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countHolds, evaluate } from '../../scripts/eval/real-serps';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');
const HAS_CORPUS = existsSync(path.join(CORPUS, 'real-serps/cases.json'));

describe('upstream counts as written', () => {
  it('reads "10", ">= 4", "> 0" and nothing', () => {
    expect(countHolds(10, 10)).toBe(true);
    expect(countHolds('>= 4', 3)).toBe(false);
    expect(countHolds('> 0', 1)).toBe(true);
    expect(countHolds(null, 0)).toBeNull();
  });
});

describe.skipIf(!HAS_CORPUS)('real-serps pages', () => {
  const pages = HAS_CORPUS ? evaluate(CORPUS) : [];
  it('has the pages to measure', () => expect(pages.length).toBeGreaterThanOrEqual(14));
  for (const p of pages) {
    it(`${p.engine}: ${path.basename(p.path)}`, () => {
      expect(p.failures).toEqual([]);
    });
  }
});
