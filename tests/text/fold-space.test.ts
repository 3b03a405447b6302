import { describe, expect, it } from 'vitest';
import { foldSpace } from '../../lib/text/fold-space';

describe('foldSpace', () => {
  it('gives what replacing every whitespace run with one space gives', () => {
    const samples = ['', ' ', '  ', 'a', 'a b', 'a  b', ' a ', 'a\tb', 'a\nb', 'a \n b', '\u00a0x', 'x\u3000y', 'a\u2028b', '\ufeff', 'x \u00a0 y', 'tail ', '  lead'];
    for (const s of samples) expect(foldSpace(s)).toBe(s.replace(/\s+/g, ' '));
  });

  it('returns a string with nothing to fold as it is', () => {
    const s = 'Free shipping over $50';
    expect(foldSpace(s)).toBe(s);
  });
});
