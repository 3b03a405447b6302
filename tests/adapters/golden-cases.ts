/** Finding and reading the adapter golden fixtures; shared by the golden and conventions tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { absoluteUrl } from '../../lib/analyze/document';
import type { CaptureInput } from '../../lib/analyze/types';

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

/** The attribute a fixture puts on the element the user picked with the element picker. */
export const PICKED_ATTR = 'data-racescout-picked';

/**
 * The capture a fixture stands for: its HTML and URL, the element marked `data-racescout-picked`
 * as the picker hands it over (HTML, text, absolute links and images, a selector), and any
 * extra capture fields from a `<case>.capture.json` beside it (resources, globals…).
 */
export function fixtureCapture(html: string, url: string, htmlPath: string): CaptureInput {
  const capture: CaptureInput = { html, url };
  const $ = load(html);
  const el = $(`[${PICKED_ATTR}]`).first();
  if (el.length) {
    const abs = (v: string | undefined) => absoluteUrl(v, url);
    capture.picked = {
      html: $.html(el),
      text: el.text().replace(/\s+/g, ' ').trim(),
      links: el.find('a[href]').addBack('a[href]').toArray().map((a) => abs($(a).attr('href'))).filter((u): u is string => !!u),
      images: el.find('img[src]').addBack('img[src]').toArray().map((i) => abs($(i).attr('src'))).filter((u): u is string => !!u),
      selector: `[${PICKED_ATTR}]`,
    };
  }
  const sidecar = htmlPath.replace(/\.html$/, '.capture.json');
  return existsSync(sidecar) ? { ...capture, ...JSON.parse(readFileSync(sidecar, 'utf8')) } : capture;
}
