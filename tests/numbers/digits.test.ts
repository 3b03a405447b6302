import { describe, expect, it } from 'vitest';
import { normalizeDigits, normalizeNumerals } from '../../lib/numbers/digits';

describe('digit systems', () => {
  it.each([
    ['arabic-indic', 0x0660],
    ['persian', 0x06f0],
    ['devanagari', 0x0966],
    ['bengali', 0x09e6],
    ['thai', 0x0e50],
    ['lao', 0x0ed0],
    ['myanmar', 0x1040],
    ['khmer', 0x17e0],
    ['fullwidth', 0xff10],
  ])('%s digits fold to ASCII', (_name, zero) => {
    const digits = Array.from({ length: 10 }, (_, d) => String.fromCharCode(zero + d)).join('');
    expect(normalizeDigits(digits)).toBe('0123456789');
  });

  it('folds Arabic and full-width separators', () => {
    expect(normalizeNumerals('١٬٢٩٠٫٥٠')).toBe('1,290.50');
    expect(normalizeNumerals('１，２９０．５')).toBe('1,290.5');
  });
});
