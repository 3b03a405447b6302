import { describe, expect, it } from 'vitest';
import { requiredLiteral, splitTopLevel } from '../../lib/analyze/signatures/literal';
import { PatternSet } from '../../lib/analyze/signatures/pattern-set';

describe('requiredLiteral: the text every match must contain', () => {
  it.each([
    ['connect\\.facebook\\.net/[\\w-]+/fbevents\\.js', 'connect.facebook.net/'],
    ['fbq\\(\\s*[\'"]init', 'fbq('],
    ['(?:www\\.)?clarity\\.ms/tag/', 'clarity.ms/tag/'],
    ['googletagmanager\\.com/gtag/js\\?(?:[^#]*&)?id=G-', 'googletagmanager.com/gtag/js?'],
    ['abcx?defg', 'defg'],
    ['abc+defgh', 'defgh'],
    ['x{0,2}abcd', 'abcd'],
    ['\\bwcs\\.trans\\(', 'wcs.trans('],
    ['\\x41bc', null],
  ])('%s → %s', (source, expected) => {
    expect(requiredLiteral(source)).toBe(expected);
  });

  it('gives no anchor to a top-level alternation or a pattern of classes', () => {
    expect(requiredLiteral('abcd|efgh')).toBeNull();
    expect(requiredLiteral('[a-z]+\\d{3}')).toBeNull();
  });

  it('splits only top-level alternatives', () => {
    expect(splitTopLevel('a(b|c)|[|]d|e\\|f')).toEqual(['a(b|c)', '[|]d', 'e\\|f']);
  });
});

describe('PatternSet: one scan, then only the candidate patterns', () => {
  const errors: string[] = [];
  const set = new PatternSet(
    [
      { source: 'fbq\\(\\s*[\'"]init', tag: 'meta' },
      { source: 'fbq\\(\\s*[\'"]track', tag: 'meta-track' },
      { source: 'bc(?:de)', tag: 'short-overlap' },
      { source: 'abcdefg', tag: 'long' },
      { source: '[0-9]{5}', tag: 'unanchored' },
      { source: 'bad(', tag: 'broken' },
    ],
    (source) => errors.push(source),
  );

  it('finds every matching pattern, including ones whose anchor overlaps or sits inside another', () => {
    expect(set.match("x fbq('init', 1); FBQ('track')").map((h) => h.tag).sort()).toEqual(['meta', 'meta-track']);
    expect(set.match('zabcdefgz').map((h) => h.tag).sort()).toEqual(['long', 'short-overlap']);
    expect(set.match('id 12345').map((h) => h.tag)).toEqual(['unanchored']);
    expect(set.match('nothing here')).toEqual([]);
  });

  it('reports and skips patterns that do not compile', () => {
    expect(errors).toEqual(['bad(']);
    expect(set.size).toBe(5);
  });
});
