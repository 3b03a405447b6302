/**
 * Reads a regex source for the literal text every match must contain (its "anchor").
 *
 * Why: testing 150 case-insensitive regexes one by one over a megabyte of inline script costs
 * tens of milliseconds a page; one scan with an alternation of plain literals finds which
 * anchors occur, and only the patterns behind those anchors run. A pattern without a usable
 * anchor still works, it is just tested every time.
 */

/** Anchors shorter than this would hit almost every text and filter nothing. */
export const MIN_ANCHOR_LENGTH = 3;

/** Splits a regex source at its top-level `|` (not inside groups, classes or escapes). */
export function splitTopLevel(src: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = skipClass(src, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(src.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(src.slice(start));
  return parts;
}

/**
 * The longest literal run every match of `src` must contain, lower-cased; null when there is
 * none of at least MIN_ANCHOR_LENGTH characters or the source has a top-level alternation.
 */
export function requiredLiteral(src: string): string | null {
  if (splitTopLevel(src).length > 1) return null;
  let best = '';
  for (const run of mandatoryRuns(src)) if (run.length > best.length) best = run;
  return best.length >= MIN_ANCHOR_LENGTH ? best.toLowerCase() : null;
}

/** Escapes a string so it matches itself inside a RegExp. */

/** Literal runs outside groups and classes that no quantifier makes optional. */
function mandatoryRuns(src: string): string[] {
  const runs: string[] = [];
  let cur = '';
  const breakRun = () => {
    if (cur) runs.push(cur);
    cur = '';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    let literal: string | null = null;
    let next = i + 1;
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      if (/[A-Za-z0-9]/.test(n)) next = skipEscapeClass(src, i);
      else {
        literal = n;
        next = i + 2;
      }
    } else if (c === '[') next = skipClass(src, i) + 1;
    else if (c === '(') next = skipGroup(src, i) + 1;
    else if (!'.^$'.includes(c)) literal = c;
    const q = quantifierAt(src, next);
    if (literal !== null && q.optional) breakRun();
    else if (literal !== null) {
      cur += literal;
      if (q.repeats) breakRun();
    } else breakRun();
    i = q.end;
  }
  breakRun();
  return runs;
}

interface Quantifier {
  optional: boolean;
  repeats: boolean;
  end: number;
}

/** Reads a quantifier (?, *, +, {n,m}, each optionally lazy) at position i. */
function quantifierAt(src: string, i: number): Quantifier {
  const c = src[i];
  let q: Quantifier = { optional: false, repeats: false, end: i };
  if (c === '?' || c === '*') q = { optional: true, repeats: c === '*', end: i + 1 };
  else if (c === '+') q = { optional: false, repeats: true, end: i + 1 };
  else if (c === '{') {
    const m = /^\{(\d*)(,?)(\d*)\}/.exec(src.slice(i));
    if (m) {
      const min = Number(m[1] || '0');
      q = { optional: min === 0, repeats: m[2] === ',' || Number(m[3] || m[1]) > 1, end: i + m[0].length };
    }
  }
  if (q.end > i && src[q.end] === '?') q.end++;
  return q;
}

/** Index just past an escape that is a class or control sequence (\d, \x41, \u{...}, \p{L}, \k<n>, \12). */
function skipEscapeClass(src: string, i: number): number {
  const n = src[i + 1];
  const rest = src.slice(i + 2);
  const arg = n === 'x' ? /^[0-9a-fA-F]{2}/.exec(rest)
    : n === 'u' ? /^(\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/.exec(rest)
      : n === 'p' || n === 'P' ? /^\{[^}]*\}/.exec(rest)
        : n === 'k' ? /^<[^>]*>/.exec(rest)
          : n === 'c' ? /^[A-Za-z]/.exec(rest)
            : /[0-9]/.test(n) ? /^[0-9]*/.exec(rest)
              : null;
  return i + 2 + (arg ? arg[0].length : 0);
}

/** Index of the `]` closing the class opened at i. */
function skipClass(src: string, i: number): number {
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === ']') return j; // in JS even `[]` and `[^]` close at the first `]`
  }
  return src.length;
}

/** Index of the `)` closing the group opened at i. */
function skipGroup(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') j = skipClass(src, j);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return src.length;
}
