/** Finding and reading the adapter golden fixtures; shared by the golden and conventions tests. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_ROOT = path.resolve(process.cwd(), 'tests/fixtures/adapters');
export const SITES_DIR = path.resolve(process.cwd(), 'lib/analyze/adapters/sites');

export interface GoldenCase {
  /** The adapter id: the fixture folder's name. */
  id: string;
  name: string;
  htmlPath: string;
  expectedPath: string;
}

/** Every `<id>/<case>.html` under the fixture root. */
export function goldenCases(): GoldenCase[] {
  if (!existsSync(FIXTURE_ROOT)) return [];
  return fixtureDirs().flatMap((id) => {
    const dir = path.join(FIXTURE_ROOT, id);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => {
        const name = f.replace(/\.html$/, '');
        return { id, name, htmlPath: path.join(dir, f), expectedPath: path.join(dir, `${name}.expected.json`) };
      });
  });
}

export function fixtureDirs(): string[] {
  if (!existsSync(FIXTURE_ROOT)) return [];
  return readdirSync(FIXTURE_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}

/** Adapter ids as the folder holds them (file names), independent of the registry's import. */
export function adapterFiles(): string[] {
  return readdirSync(SITES_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.replace(/\.ts$/, ''));
}

/** The URL from the fixture's first-line comment `<!-- url: https://... -->`. */
export function fixtureUrl(html: string): string | null {
  return /^\s*<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? null;
}
