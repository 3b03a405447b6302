/**
 * Every signature pattern against long adversarial strings: the text a hostile page controls
 * (a URL of a vendor's host repeated, a script of half-written snippets). Each string is built
 * from the pattern's own literal parts, repeated with near-misses in between, which is what makes
 * an unbounded pattern rescan the rest of the text from each occurrence. With quantifiers
 * bounded at compile time (bounded.ts) every pattern answers in linear time.
 */
import { describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { boundQuantifiers, MAX_REPEAT } from '../../lib/analyze/signatures/bounded';
import { splitTopLevel } from '../../lib/analyze/signatures/literal';
import { COMPILED, SIGNATURES } from '../../lib/analyze/signatures/registry';

const LENGTH = 128 * 1024;
/** One pattern on one 128 KB string; unbounded ones took seconds on such strings. */
const MAX_MS = 150;

/** Literal runs of a regex source (escapes unescaped, classes and groups dropped). */
function literalParts(src: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && /[^A-Za-z0-9]/.test(src[i + 1] ?? '')) cur += src[++i];
    else if (/[A-Za-z0-9_\-/:=.'"@#&%?]/.test(c) && !(c === '?' && i > 0)) cur += c;
    else {
      if (cur) parts.push(cur);
      cur = '';
      if (c === '[') while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      if (c === '\\') i++;
    }
  }
  if (cur) parts.push(cur);
  return parts.filter((p) => p.length >= 2);
}

function repeatTo(s: string, n: number): string {
  return s.repeat(Math.ceil(n / Math.max(1, s.length))).slice(0, n);
}

/** Near-miss strings for one pattern: its literals repeated, glued, and spaced by class-matching filler. */
function adversarial(src: string): string[] {
  const parts = literalParts(src);
  const all = parts.join('');
  const out = [repeatTo(all || 'aaa', LENGTH), repeatTo(`${all}a`, LENGTH), repeatTo(`${all} `, LENGTH)];
  for (const p of parts.slice(0, 4)) out.push(repeatTo(p, LENGTH), repeatTo(`${p}${'a'.repeat(40)}&`, LENGTH), repeatTo(`${p}${' '.repeat(20)}`, LENGTH));
  return out;
}

const PATTERNS = SIGNATURES.flatMap((s) => {
  const p = s.patterns;
  const sources = [...(p.scriptSrc ?? []), ...(p.resources ?? []), ...(p.inline ?? []), ...(p.links ?? []), ...(p.html ?? []), ...Object.values(p.meta ?? {})];
  return sources.flatMap((src) => splitTopLevel(src).map((part) => ({ id: s.id, src: part })));
});

describe('boundQuantifiers', () => {
  it('bounds *, + and {n,}, lazy or greedy, and leaves classes, escapes and bounded counts alone', () => {
    expect(boundQuantifiers('a*b+c{2,}d{1,3}')).toBe(`a{0,${MAX_REPEAT}}b{1,${MAX_REPEAT}}c{2,${MAX_REPEAT}}d{1,3}`);
    expect(boundQuantifiers('(?:[^#]*&)?id=')).toBe(`(?:[^#]{0,${MAX_REPEAT}}&)?id=`);
    expect(boundQuantifiers('x+?')).toBe(`x{1,${MAX_REPEAT}}?`);
    expect(boundQuantifiers('[*+]\\*\\+[a-z\\]*]')).toBe('[*+]\\*\\+[a-z\\]*]');
    expect(boundQuantifiers('a{500,}')).toBe('a{500,500}');
  });

  it('keeps what a vendor URL needs matching', () => {
    const re = new RegExp(boundQuantifiers('googletagmanager\\.com/gtag/js\\?(?:[^#]*&)?id=G-'), 'i');
    expect(re.test('https://www.googletagmanager.com/gtag/js?l=dataLayer&cx=c&id=G-ABC123')).toBe(true);
    expect(re.test('https://www.googletagmanager.com/gtag/js?id=AW-1')).toBe(false);
  });
});

describe('every signature pattern on long adversarial strings', () => {
  it(`covers ${PATTERNS.length} patterns`, () => expect(PATTERNS.length).toBeGreaterThan(500));

  it(`answers within ${MAX_MS} ms per 128 KB string`, () => {
    const slow: string[] = [];
    for (const { id, src } of PATTERNS) {
      const re = new RegExp(boundQuantifiers(src), 'i');
      for (const text of adversarial(src)) {
        const t0 = performance.now();
        re.exec(text);
        const ms = performance.now() - t0;
        if (ms > MAX_MS) slow.push(`${id} /${src}/ ${ms.toFixed(0)} ms on ${JSON.stringify(text.slice(0, 40))}…`);
      }
    }
    expect(slow).toEqual([]);
  }, 120_000);

  it('the compiled sets answer on a 900 KB URL of each vendor host repeated', () => {
    const sets = [COMPILED.scriptUrls, COMPILED.elementUrls, COMPILED.anchors, COMPILED.formActions];
    for (const { src } of PATTERNS.filter((_, i) => i % 20 === 0)) {
      const url = repeatTo(`https://${literalParts(src).join('')}?`, 900_000);
      const t0 = performance.now();
      for (const set of sets) set.match(url);
      COMPILED.inline.match(url);
      expect(performance.now() - t0).toBeLessThan(500);
    }
  }, 120_000);
});
