/**
 * Signature patterns run on text the page controls: a 900 KB URL made of a vendor's host
 * repeated, or a megabyte of inline script. A pattern like `gtag/js\?(?:[^#]*&)?id=` then
 * rescans the rest of the text from every occurrence of its literal: quadratic, 30 s and more.
 *
 * So every unbounded quantifier is bounded when the pattern is compiled (`*` → `{0,K}`,
 * `+` → `{1,K}`, `{n,}` → `{n,K}`): a match attempt from one position then reads at most about
 * K characters per quantifier, and a scan costs the text's length times a constant. K is far
 * above anything a vendor's URL or snippet needs between two literals. URLs are also cut to
 * MAX_URL_TEXT before any pattern sees them. The fuzz test in tests/signatures/adversarial.test.ts
 * runs every pattern against long near-miss strings built from its own literals.
 */

/** The most characters one quantifier may consume. */
export const MAX_REPEAT = 256;
/** Characters of a URL tested (the host, path and the start of the query is where vendors show). */
export const MAX_URL_TEXT = 4_096;

/** The source with every unbounded quantifier bounded by `max`; classes and escapes untouched. */
export function boundQuantifiers(src: string, max = MAX_REPEAT): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      const end = classEnd(src, i);
      out += src.slice(i, end + 1);
      i = end;
    } else if (c === '*') out += `{0,${max}}`;
    else if (c === '+') out += `{1,${max}}`;
    else if (c === '{') {
      const m = /^\{(\d+),\}/.exec(src.slice(i, i + 12));
      if (m) {
        out += `{${m[1]},${Math.max(max, Number(m[1]))}}`;
        i += m[0].length - 1;
      } else out += c;
    } else out += c;
  }
  return out;
}

/** Index of the `]` closing the class opened at `i` (in JS `[]` and `[^]` close at the first `]`). */
function classEnd(src: string, i: number): number {
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === ']') return j;
  }
  return src.length - 1;
}
