/**
 * Polices the defs/ folder: every signature is complete, mapped to channels and a RACE stage,
 * and carries fixtures; each positive fixture is detected and each negative one is not.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { detectTechnologies } from '../../lib/analyze/signatures/detect';
import { requiredLiteral, splitTopLevel } from '../../lib/analyze/signatures/literal';
import { REGISTRY_ISSUES, SIGNATURES } from '../../lib/analyze/signatures/registry';
import type { Signature, SignatureFixture } from '../../lib/analyze/signatures/types';
import { CHANNEL_IDS } from '../../lib/analyze/channels/taxonomy';
import { RACE_STAGES } from '../../lib/analyze/types';

const FIXTURE_URL = 'https://shop.example.com/';

function detects(sig: Signature, fixture: SignatureFixture): boolean {
  const capture = { html: fixture.html, url: FIXTURE_URL, resources: fixture.resources, globals: fixture.globals };
  return detectTechnologies(parsePage(fixture.html, FIXTURE_URL), capture).some((t) => t.id === sig.id);
}

function patternCount(sig: Signature): number {
  const p = sig.patterns;
  return Object.values(p).reduce((n, v) => n + (Array.isArray(v) ? v.length : v ? Object.keys(v).length : 0), 0);
}

/** Regex patterns (not names): these are compiled and must carry a literal anchor to stay fast. */
function regexPatterns(sig: Signature): string[] {
  const p = sig.patterns;
  return [...(p.scriptSrc ?? []), ...(p.resources ?? []), ...(p.inline ?? []), ...(p.links ?? []), ...(p.html ?? [])];
}

describe('signature registry', () => {
  it('loads the defs folder with no issues (ids match file names, implies resolve, patterns compile)', () => {
    expect(SIGNATURES.length).toBeGreaterThan(0);
    expect(REGISTRY_ISSUES).toEqual([]);
  });
});

describe.each(SIGNATURES.map((s) => [s.id, s] as const))('signature %s', (_id, sig) => {
  it('is complete: name, website, categories, channels known, stage, patterns, fixtures', () => {
    expect(sig.name.trim()).not.toBe('');
    expect(sig.website).toMatch(/^https:\/\//);
    expect(sig.categories.length).toBeGreaterThan(0);
    for (const c of sig.channels) expect(CHANNEL_IDS).toContain(c);
    expect(RACE_STAGES).toContain(sig.stage);
    expect(patternCount(sig)).toBeGreaterThan(0);
    expect(sig.fixtures.positive.length).toBeGreaterThan(0);
    expect(sig.fixtures.negative.length).toBeGreaterThan(0);
  });

  it('has regex patterns that are non-empty, free of back-references and anchored on a literal', () => {
    for (const source of regexPatterns(sig)) {
      expect(source).not.toBe('');
      expect(source).not.toMatch(/\\[1-9]|\\k</);
      for (const part of splitTopLevel(source)) expect(requiredLiteral(part), `/${part}/ has no literal of 3+ characters`).not.toBeNull();
    }
  });

  it('has DOM markers in the supported forms', () => {
    for (const marker of sig.patterns.dom ?? []) expect(marker).toMatch(/^(?:[#.][\w-]+\*?|\[[\w:-]+\*?\]|[a-z][a-z0-9]*-[a-z0-9-]*\*?)$/);
  });

  it.each(sig.fixtures.positive.filter((f) => !f.resources && !f.globals).map((f, i) => [i, f] as const))(
    'does not detect positive fixture %i once it is commented out',
    (_i, fixture) => {
      expect(detects(sig, { html: `<!-- ${fixture.html.replaceAll('-->', '- ->')} -->` })).toBe(false);
    },
  );

  it.each(sig.fixtures.positive.map((f, i) => [i, f] as const))('detects positive fixture %i', (_i, fixture) => {
    expect(detects(sig, fixture)).toBe(true);
  });

  it.each(sig.fixtures.negative.map((f, i) => [i, f] as const))('does not detect negative fixture %i', (_i, fixture) => {
    expect(detects(sig, fixture)).toBe(false);
  });
});
