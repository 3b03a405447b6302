/**
 * SIGNATURE_GLOBALS is what the capture layer reads off `window` in the page's own world: a
 * plain array of identifier names, sorted and unique, naming exactly the defs' globals.
 */
import { describe, expect, it } from 'vitest';
import { SIGNATURE_GLOBALS, SIGNATURES } from '../../lib/analyze/signatures/registry';

describe('SIGNATURE_GLOBALS', () => {
  it('is a sorted array of unique plain strings', () => {
    expect(Array.isArray(SIGNATURE_GLOBALS)).toBe(true);
    expect(SIGNATURE_GLOBALS.every((g) => typeof g === 'string')).toBe(true);
    expect(new Set(SIGNATURE_GLOBALS).size).toBe(SIGNATURE_GLOBALS.length);
    expect([...SIGNATURE_GLOBALS].sort()).toEqual(SIGNATURE_GLOBALS);
  });

  it('names every global a signature looks for, and nothing else', () => {
    const named = new Set(SIGNATURES.flatMap((s) => s.patterns.globals ?? []));
    expect(new Set(SIGNATURE_GLOBALS)).toEqual(named);
    expect(named.has('fbq')).toBe(true);
  });

  it('holds only identifiers, so the capture can read window[name] without parsing paths', () => {
    for (const name of SIGNATURE_GLOBALS) expect(name).toMatch(/^[A-Za-z_$][\w$]*$/);
  });
});
