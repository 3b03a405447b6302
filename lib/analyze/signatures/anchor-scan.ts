/**
 * Finds which of a set of lower-case ASCII anchors occur in a text, case-insensitively, in one
 * pass over the text's bytes.
 *
 * Why not one alternation regex (`a|b|c`, flag i): with a few hundred alternatives V8 tries
 * each of them at every position, ~0.4 s over the corpus. Here every position costs one
 * bit test on the three characters starting there; only positions whose three characters
 * begin some anchor compare the anchors behind them.
 *
 * The result is the set the alternation scan gave, in the same order, because evidence order
 * decides which evidence is kept: positions are read left to right, at each the longest anchor
 * starting there is reported, and a newly found anchor brings the anchors it contains
 * (`contained`) right after it. Case folding is ASCII only, as a non-unicode `i` regex does:
 * no non-ASCII character matches an ASCII letter.
 */

/** Anchors shorter than this cannot be keyed by their first three characters. */
const KEY_LENGTH = 3;

/** What a byte reads as: ASCII letters lower-cased, every byte of a non-ASCII character 127 (in no anchor). */
const FOLDED = new Uint8Array(256).fill(127);
for (let c = 0; c < 128; c++) FOLDED[c] = c >= 65 && c <= 90 ? c | 32 : c;

/** Texts up to this many UTF-16 units are encoded into one shared buffer; longer ones get their own. */
const SHARED_UNITS = 1 << 18;
/** UTF-8 bytes per UTF-16 unit, at most. */
const MAX_BYTES_PER_UNIT = 3;
const encoder = new TextEncoder();
let shared: Uint8Array | null = null;

export class AnchorScanner {
  /** First three characters (7 bits each) → anchors starting with them, longest first. */
  private readonly byKey = new Map<number, string[]>();
  /** One bit per three-character key that begins some anchor: most positions stop at this test. */
  private readonly keys = new Int32Array(1 << (3 * 7 - 5));

  /** Whether every anchor is plain lower-case ASCII of KEY_LENGTH or more: what this scanner handles. */
  static handles(anchors: readonly string[]): boolean {
    return anchors.every((a) => a.length >= KEY_LENGTH && isPrintableAscii(a) && a === a.toLowerCase());
  }

  /** `anchors` longest first; `contained` lists for each anchor the others inside it, in that order. */
  constructor(anchors: readonly string[], private readonly contained: ReadonlyMap<string, readonly string[]>) {
    for (const a of anchors) {
      const key = keyOf(a.charCodeAt(0), a.charCodeAt(1), a.charCodeAt(2));
      const list = this.byKey.get(key);
      if (list) list.push(a);
      else this.byKey.set(key, [a]);
      this.keys[key >>> 5] |= 1 << (key & 31);
    }
  }

  /**
   * The anchors that occur in `text`, in the order the alternation scan found them.
   *
   * The scan reads the text's UTF-8 bytes: reading a typed array is several times cheaper than
   * charCodeAt on the sliced strings the parser hands out. The bytes are the same search: ASCII
   * characters are their own bytes and every byte of any other character is 128 or more, so
   * anchors match at the same places, in the same order (byte offsets only shift positions).
   */
  find(text: string): Set<string> {
    const found = new Set<string>();
    if (text.length < KEY_LENGTH) return found;
    const bytes = bufferFor(text.length);
    const n = encoder.encodeInto(text, bytes).written;
    const keys = this.keys;
    let key = (FOLDED[bytes[0]] << 7) | FOLDED[bytes[1]];
    for (let i = KEY_LENGTH - 1; i < n; i++) {
      key = ((key << 7) | FOLDED[bytes[i]]) & 0x1fffff;
      if ((keys[key >>> 5] & (1 << (key & 31))) !== 0) this.longestAt(bytes, n, i - (KEY_LENGTH - 1), this.byKey.get(key)!, found);
    }
    return found;
  }

  private longestAt(bytes: Uint8Array, n: number, i: number, list: readonly string[], found: Set<string>): void {
    for (const anchor of list) {
      if (!matchesAt(bytes, n, i, anchor)) continue;
      if (!found.has(anchor)) {
        found.add(anchor);
        for (const inner of this.contained.get(anchor) ?? []) found.add(inner);
      }
      return;
    }
  }
}

/** A buffer that holds the UTF-8 of `units` UTF-16 units; big texts get their own, so none is kept. */
function bufferFor(units: number): Uint8Array {
  const size = units * MAX_BYTES_PER_UNIT;
  if (units > SHARED_UNITS) return new Uint8Array(size);
  return shared && shared.length >= size ? shared : (shared = new Uint8Array(SHARED_UNITS * MAX_BYTES_PER_UNIT));
}

/** ASCII without DEL, the byte non-ASCII characters read as. */
function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 127) return false;
  return true;
}

function keyOf(c0: number, c1: number, c2: number): number {
  return (c0 << 14) | (c1 << 7) | c2;
}

/** Whether `anchor` (lower-case, its first KEY_LENGTH characters already matched) occurs at byte `i`. */
function matchesAt(bytes: Uint8Array, n: number, i: number, anchor: string): boolean {
  if (i + anchor.length > n) return false;
  for (let j = KEY_LENGTH; j < anchor.length; j++) if (FOLDED[bytes[i + j]] !== anchor.charCodeAt(j)) return false;
  return true;
}
