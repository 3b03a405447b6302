import { describe, expect, it } from 'vitest';
import { AnchorScanner } from '../../lib/analyze/signatures/anchor-scan';
import { COMPILED } from '../../lib/analyze/signatures/registry';
import { escapeRegExp } from '../../lib/text/regexp';

/** The alternation scan AnchorScanner replaces: the order it finds anchors in is the contract. */
function regexScan(anchors: string[], contained: Map<string, string[]>, text: string): string[] {
  const re = new RegExp(anchors.map(escapeRegExp).join('|'), 'gi');
  const found = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const a = m[0].toLowerCase();
    if (!found.has(a)) {
      found.add(a);
      for (const inner of contained.get(a) ?? []) found.add(inner);
    }
    re.lastIndex = m.index + 1;
  }
  return [...found];
}

function scanners(list: string[]) {
  const anchors = [...list].sort((a, b) => b.length - a.length);
  const contained = new Map(anchors.map((a) => [a, anchors.filter((b) => b !== a && a.includes(b))]));
  return { anchors, contained, fast: new AnchorScanner(anchors, contained) };
}

/** A deterministic generator, so a failure reproduces. */
function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('AnchorScanner: the same anchors, in the same order, as the alternation regex', () => {
  it('handles overlapping, nested and differently cased anchors', () => {
    const { anchors, contained, fast } = scanners(['abc', 'abcd', 'bcde', 'cdef', 'xyz', 'klaviyo', 'aviy']);
    for (const text of ['ABCDEF', 'xxabcdxx', 'bcdeabc', 'KLAVIYO aviy', 'ab', '', 'abcdef klaviyo xyzabc', '\u212Alaviyo', 'İabc', '中abc😀xyz', 'a\ud83dbcd', `${'é'.repeat(300_000)}klaviyo`]) {
      expect([...fast.find(text)]).toEqual(regexScan(anchors, contained, text));
    }
  });

  it('agrees on random texts built from the signature anchors, with case changes and non-ASCII look-alikes', () => {
    for (const set of [COMPILED.inline, COMPILED.scriptUrls, COMPILED.formActions]) {
      const list = [...(set as unknown as { byAnchor: Map<string, unknown> }).byAnchor.keys()];
      const { anchors, contained, fast } = scanners(list);
      const next = rng(list.length);
      // Non-ASCII of every UTF-8 length and a lone surrogate: the scan reads the text's bytes.
      const noise = ['/', '.', ' ', 'a', 'K', '\u212A', 'ſ', 'İ', 'é', '"', 'js', 'com/', '中', '😀', '\ud83d', '\x7f'];
      for (let round = 0; round < 200; round++) {
        let text = '';
        while (text.length < 400) {
          const r = next();
          if (r < 0.3) {
            const a = anchors[Math.floor(next() * anchors.length)];
            const cut = next() < 0.3 ? a.slice(0, Math.max(1, Math.floor(next() * a.length))) : a;
            text += next() < 0.5 ? cut.toUpperCase() : cut;
          } else text += noise[Math.floor(next() * noise.length)];
        }
        expect([...fast.find(text)]).toEqual(regexScan(anchors, contained, text));
      }
    }
  });

  it('leaves non-ASCII or short anchors to the regex', () => {
    expect(AnchorScanner.handles(['abc', 'klaviyo'])).toBe(true);
    expect(AnchorScanner.handles(['ราคา'])).toBe(false);
    expect(AnchorScanner.handles(['ab'])).toBe(false);
    expect(AnchorScanner.handles(['ab\x7f'])).toBe(false);
  });
});
