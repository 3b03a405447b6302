/**
 * Golden tests for every site adapter: each `tests/fixtures/adapters/<id>/<case>.html` (first
 * line `<!-- url: https://... -->`) is parsed and run through the registry (with the element
 * marked `data-racescout-picked` as the picked element, see golden-cases.ts), and the result is
 * compared with `<case>.expected.json` beside it. `UPDATE_GOLDEN=<id>,<id> npx vitest run
 * tests/adapters` rewrites those adapters' expected files (`=1`: all); review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { runAdapters } from '../../lib/analyze/adapters/registry';
import { fixtureCapture, fixtureUrl, goldenCases } from './golden-cases';

/**
 * `UPDATE_GOLDEN=1` rewrites every expected file; `UPDATE_GOLDEN=google,bing` only those
 * adapters' (several people write adapters at once: rewrite only your own).
 */
const UPDATE = process.env.UPDATE_GOLDEN ?? '';
const updates = (id: string) => UPDATE === '1' || UPDATE.split(',').includes(id);
/** Ad libraries write relative dates ("3 days ago", dates without a year): freeze the clock. */
const FROZEN_NOW = new Date('2025-06-15T12:00:00Z');

/** The adapter's output as stored: undefined fields dropped, stable key order from the adapter. */
function snapshot(result: unknown): unknown {
  return JSON.parse(JSON.stringify(result ?? null));
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FROZEN_NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

describe('adapter golden fixtures', () => {
  const cases = goldenCases();
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const c of cases) {
    it(`${c.id}/${c.name}`, () => {
      const html = readFileSync(c.htmlPath, 'utf8');
      const url = fixtureUrl(html);
      expect(url, 'first line must be <!-- url: https://... -->').toMatch(/^https?:\/\//);
      const actual = snapshot(runAdapters(parsePage(html, url!), fixtureCapture(html, url!, c.htmlPath)));
      if (updates(c.id) || !existsSync(c.expectedPath)) {
        writeFileSync(c.expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
        if (!updates(c.id)) throw new Error(`wrote missing ${path.relative(process.cwd(), c.expectedPath)}; review it and re-run`);
        return;
      }
      const expected = JSON.parse(readFileSync(c.expectedPath, 'utf8'));
      expect(actual).toEqual(expected);
      // A positive fixture must be read by the adapter of its own folder.
      if (actual !== null) expect((actual as { adapter: string }).adapter).toBe(c.id);
    });
  }
});
