/**
 * Where the raw HTML is commented out. A tag a shop disabled by wrapping it in `<!-- … -->`
 * (a paused pixel, an old theme's snippet) is not on the page, so raw-HTML patterns must not
 * count a match inside a comment. Script and style text is skipped: `<!--` there is code,
 * not a comment (old inline scripts open with it).
 */

/** `[start, end)` offsets of each comment, in order. */
export type Ranges = [number, number][];

const OPENERS = /<!--|<script\b|<style\b/gi;

export function commentRanges(html: string): Ranges {
  const ranges: Ranges = [];
  const lower = html.toLowerCase();
  OPENERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENERS.exec(html))) {
    const opener = m[0].toLowerCase();
    const close = opener === '<!--' ? '-->' : `</${opener.slice(1)}`;
    const end = lower.indexOf(close, m.index + opener.length);
    const stop = end < 0 ? html.length : end + close.length;
    if (opener === '<!--') ranges.push([m.index, stop]);
    OPENERS.lastIndex = stop;
  }
  return ranges;
}

/** Whether `index` falls inside one of the (sorted) ranges. */
export function inRanges(ranges: Ranges, index: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index < ranges[mid][0]) hi = mid - 1;
    else if (index >= ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}
