/**
 * The observation's own bound (bounds.ts) and the walk's head-and-tail lists (limits.ts), on
 * observations and lists made large here, whatever produced them.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze/analyze';
import { boundObservation, MAX_EVIDENCE_PER_CLAIM, MAX_OBSERVATION_BYTES, serializedBytes } from '../../lib/analyze/bounds';
import { HeadTail, Limits } from '../../lib/analyze/limits';
import type { Evidence, Observation } from '../../lib/analyze/types';

function base(): Observation {
  return analyze({ html: '<title>x</title>', url: 'https://shop.example.com/p/1' });
}

const ev = (i: number): Evidence => ({ source: 'link', value: `https://example.com/${i}/${'x'.repeat(500)}`, selector: 'a' });

describe('boundObservation', () => {
  it('keeps MAX_EVIDENCE_PER_CLAIM pieces per claim, counts the rest and cuts long values', () => {
    const o = base();
    o.socialProfiles = [{ platform: 'x', handle: 'brand', url: 'https://x.com/brand', evidence: Array.from({ length: 40 }, (_, i) => ev(i)) }];
    const limits = new Limits();
    const out = boundObservation(o, limits);
    expect(out.socialProfiles[0].evidence).toHaveLength(MAX_EVIDENCE_PER_CLAIM);
    expect(out.socialProfiles[0].moreEvidence).toBe(40 - MAX_EVIDENCE_PER_CLAIM);
    expect(out.socialProfiles[0].evidence![0].value.length).toBeLessThanOrEqual(300);
    expect(out.limits).toContainEqual({ part: 'evidence.socialProfiles', kept: MAX_EVIDENCE_PER_CLAIM, dropped: 40 - MAX_EVIDENCE_PER_CLAIM });
  });

  it('fits any observation under MAX_OBSERVATION_BYTES, cutting the largest lists first and saying so', () => {
    const o = base();
    o.structuredData.jsonld = Array.from({ length: 150 }, (_, i) => ({ '@type': 'Thing', name: `n${i}`, text: 'y'.repeat(4_000) }));
    o.page.headings = Array.from({ length: 150 }, (_, i) => ({ level: 2, text: `${i} ${'h'.repeat(1_000)}` }));
    expect(serializedBytes(o)).toBeGreaterThan(MAX_OBSERVATION_BYTES);
    const out = boundObservation(o, new Limits());
    expect(serializedBytes(out)).toBeLessThanOrEqual(MAX_OBSERVATION_BYTES);
    expect(out.structuredData.jsonld.length).toBeLessThan(150);
    expect(out.limits!.some((l) => l.part === 'observation.size:structuredData.jsonld' && l.dropped > 0)).toBe(true);
    expect(out.page.title).toBe('x');
  });

  it('cuts a single huge string when no list is left to cut', () => {
    const o = base();
    o.page.description = 'd'.repeat(2_000_000);
    const out = boundObservation(o, new Limits());
    expect(out.page.description!.length).toBeLessThanOrEqual(5_000);
    expect(serializedBytes(out)).toBeLessThanOrEqual(MAX_OBSERVATION_BYTES);
  });

  it('leaves a small observation without a limits field', () => {
    expect(base().limits).toBeUndefined();
  });
});

describe('HeadTail', () => {
  it('keeps the first and the last items in order and counts the dropped middle', () => {
    const list = new HeadTail<number>(3, 2);
    for (let i = 0; i < 100_000; i++) list.push(i);
    expect(list.toArray()).toEqual([0, 1, 2, 99_998, 99_999]);
    expect(list.dropped).toBe(99_995);
  });

  it('keeps everything under its caps', () => {
    const list = new HeadTail<number>(3, 2);
    for (let i = 0; i < 4; i++) list.push(i);
    expect(list.toArray()).toEqual([0, 1, 2, 3]);
    expect(list.dropped).toBe(0);
  });
});
