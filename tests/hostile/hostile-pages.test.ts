/**
 * Every hostile shape (scripts/hostile/pages.ts) at the size the red-team pass used, generated
 * here, not stored: analyze() answers without throwing, inside a time bound, with an
 * observation under the size bound that serializes, and each shape's own bound holds.
 */
import { describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../lib/analyze/analyze';
import { MAX_EVIDENCE_PER_CLAIM, MAX_OBSERVATION_BYTES, serializedBytes } from '../../lib/analyze/bounds';
import { JSONLD_CAPS } from '../../lib/analyze/extractors/structured-data/jsonld';
import type { Observation } from '../../lib/analyze/types';
import { buildShape, HOSTILE_SHAPES } from '../../scripts/hostile/pages';
import { seeded } from '../../scripts/hostile/prng';

/** Generous for a loaded 2-core CI machine; the fuzz run and the audit test measure tighter. */
// The unit run shares the CPU with other test files; unbounded analysis took 20–256 s on these pages.
const PAGE_MS = 15_000;

function run(name: string): { obs: Observation; ms: number } {
  const shape = HOSTILE_SHAPES.find((s) => s.name === name)!;
  const p = buildShape(shape, seeded(14));
  const t0 = performance.now();
  const obs = analyze({ html: p.html, url: p.url, resources: p.resources });
  return { obs, ms: performance.now() - t0 };
}

function depth(v: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length) {
    const [x, d] = stack.pop()!;
    max = Math.max(max, d);
    if (typeof x === 'object' && x !== null) for (const c of Object.values(x)) stack.push([c, d + 1]);
  }
  return max;
}

function limit(obs: Observation, part: string) {
  return obs.limits?.find((l) => l.part === part);
}

/** Shape-specific bounds, beside the common ones every shape gets. */
const CHECKS: Record<string, (obs: Observation) => void> = {
  'jsonld-deep-array': (obs) => {
    expect(depth(obs.structuredData.jsonld)).toBeLessThanOrEqual(JSONLD_CAPS.depth + 1);
    expect(limit(obs, 'jsonld.depth')?.dropped).toBeGreaterThan(0);
  },
  'jsonld-deep-object': (obs) => {
    expect(depth(obs.structuredData.jsonld)).toBeLessThanOrEqual(JSONLD_CAPS.depth + 1);
    expect(obs.structuredData.types).toContain('Product');
  },
  'jsonld-deep-broken': (obs) => expect(depth(obs.structuredData.jsonld)).toBeLessThanOrEqual(JSONLD_CAPS.depth + 1),
  'microdata-itemref': (obs) => {
    expect(limit(obs, 'microdata.itemref')).toMatchObject({ kept: 500, dropped: 300_000 - 500 });
    expect(obs.structuredData.types).toContain('Product');
  },
  'microdata-nested': (obs) => expect(depth(obs.structuredData.microdata)).toBeLessThan(80),
  'jsonld-price-runs': (obs) => {
    expect(obs.offers.length).toBeLessThanOrEqual(50);
    for (const o of obs.offers) expect(Number.isFinite(o.price)).toBe(true);
  },
  'jsonld-many-items': (obs) => expect(obs.offers.length).toBeLessThanOrEqual(50),
  'vendor-url-script': (obs) => {
    for (const t of obs.technologies) for (const e of t.evidence) expect(e.value.length).toBeLessThanOrEqual(300);
  },
  'social-links': (obs) => {
    expect(limit(obs, 'elements.anchors')?.dropped).toBeGreaterThan(100_000);
    // The footer is kept: the account linked 20,000 times at the end of the page is found.
    const brand = obs.socialProfiles.find((s) => s.handle === 'brand');
    expect(brand).toBeDefined();
    expect(brand!.evidence!.length).toBeLessThanOrEqual(MAX_EVIDENCE_PER_CLAIM);
    expect(brand!.moreEvidence).toBeGreaterThan(0);
  },
  'promo-heading': (obs) => expect(obs.messaging.headline?.length ?? 0).toBeLessThanOrEqual(5_000),
  'empty-then-prices': (obs) => expect(obs.kind).toBeDefined(),
  'many-forms': (obs) => {
    expect(obs.emailCapture.present).toBe(true);
    expect(obs.emailCapture.forms!.length).toBeLessThanOrEqual(100);
    expect(obs.emailCapture.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_PER_CLAIM);
    expect(obs.emailCapture.moreEvidence).toBeGreaterThan(0);
    expect(limit(obs, 'elements.forms')?.dropped).toBe(5_000 - 200);
  },
  'loose-email-fields': (obs) => {
    expect(obs.emailCapture.forms!.length).toBeLessThanOrEqual(100);
    expect(limit(obs, 'forms.loose')?.dropped).toBeGreaterThan(0);
  },
  'campaign-url': (obs) => expect(serializedBytes(obs.campaign)).toBeLessThan(20_000),
};

describe('hostile pages', () => {
  for (const shape of HOSTILE_SHAPES) {
    it(`${shape.name}: ${shape.what}`, () => {
      const { obs, ms } = run(shape.name);
      expect(ms).toBeLessThan(PAGE_MS);
      expect(() => JSON.stringify(obs)).not.toThrow();
      expect(serializedBytes(obs)).toBeLessThanOrEqual(MAX_OBSERVATION_BYTES);
      for (const claims of [obs.offers, obs.promotions, obs.technologies, obs.socialProfiles, obs.channels, [obs.emailCapture]]) {
        for (const c of claims) expect(c.evidence?.length ?? 0).toBeLessThanOrEqual(MAX_EVIDENCE_PER_CLAIM);
      }
      CHECKS[shape.name]?.(obs);
    }, 30_000);
  }
});
