/**
 * Polices the adapter folder the way refined-github polices its features: every site adapter
 * has a golden fixture with expected output, every fixture folder has an adapter, and every
 * adapter declares the URLs it handles and accepts its own fixtures' URLs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adaptersFor } from '../../lib/analyze/adapters/registry';
import { adapterFiles, fixtureDirs, fixtureUrl, goldenCases } from './golden-cases';

const files = adapterFiles();
const cases = goldenCases();

describe('adapter conventions', () => {
  it('the registry holds exactly the files of sites/', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...files].sort());
  });

  it('every fixture folder belongs to an adapter', () => {
    expect(fixtureDirs().filter((d) => !files.includes(d))).toEqual([]);
  });

  for (const adapter of ADAPTERS) {
    describe(adapter.id, () => {
      const own = cases.filter((c) => c.id === adapter.id);

      it('declares URL patterns, detect and extract', () => {
        expect(Array.isArray(adapter.matches) && adapter.matches.length).toBeTruthy();
        for (const re of adapter.matches) expect(re).toBeInstanceOf(RegExp);
        expect(typeof adapter.detect).toBe('function');
        expect(typeof adapter.extract).toBe('function');
      });

      it('has at least one fixture with expected output', () => {
        expect(own.length).toBeGreaterThan(0);
        for (const c of own) expect(existsSync(c.expectedPath), `${c.name}.expected.json`).toBe(true);
      });

      it('accepts the URLs of its own fixtures', () => {
        for (const c of own) {
          const url = fixtureUrl(readFileSync(c.htmlPath, 'utf8'));
          expect(url, `${c.name}: first line <!-- url: ... -->`).toBeTruthy();
          const expected = existsSync(c.expectedPath) ? JSON.parse(readFileSync(c.expectedPath, 'utf8')) : null;
          // Negative fixtures (expected null) may sit outside the patterns; positive ones may not.
          if (expected !== null) expect(adaptersFor(url!).map((a) => a.id), c.name).toContain(adapter.id);
        }
      });
    });
  }
});
