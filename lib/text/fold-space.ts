/**
 * Whitespace runs folded to one space: the same string as `s.replace(/\s+/g, ' ')`.
 *
 * Why: text is folded many times per page (every segment, label and heading), and most
 * strings have nothing to fold. Testing for a run that changes (a whitespace character other
 * than a space, or two in a row) does not copy the string; only those strings are replaced.
 */
const FOLDS = /[^\S ]| {2}/;

export function foldSpace(s: string): string {
  return FOLDS.test(s) ? s.replace(/\s+/g, ' ') : s;
}
