/**
 * What the analysis left out, and the helpers that bound it. Every extractor reads a capped
 * amount of the page (elements per list, characters per text, items per structured block), so
 * a hostile page costs what the caps allow; what was cut is said in `observation.limits`
 * rather than silently dropped. The caps themselves are listed in the README.
 */
import type { LimitNote } from './types';

export type { LimitNote };

/** Notes on what was cut, one per part; repeated notes for a part add up. */
export class Limits {
  private readonly byPart = new Map<string, LimitNote>();

  note(part: string, kept: number, dropped: number): void {
    if (dropped <= 0) return;
    const prev = this.byPart.get(part);
    if (prev) {
      prev.kept = Math.max(prev.kept, kept);
      prev.dropped += dropped;
    } else this.byPart.set(part, { part, kept, dropped });
  }

  list(): LimitNote[] {
    return [...this.byPart.values()];
  }
}

/**
 * A list that keeps its first `head` items and its last `tail` items, in order, and counts the
 * rest. A page's footer (social links, the newsletter form) is at the end, so a page with
 * 100,000 links keeps both its header and its footer.
 */
export class HeadTail<T> {
  private readonly first: T[] = [];
  private readonly ring: T[] = [];
  private next = 0;
  total = 0;

  constructor(
    private readonly head: number,
    private readonly tail: number,
  ) {}

  push(item: T): void {
    this.total++;
    if (this.first.length < this.head) {
      this.first.push(item);
      return;
    }
    if (!this.tail) return;
    if (this.ring.length < this.tail) this.ring.push(item);
    else {
      this.ring[this.next] = item;
      this.next = (this.next + 1) % this.tail;
    }
  }

  get dropped(): number {
    return this.total - this.first.length - this.ring.length;
  }

  toArray(): T[] {
    return [...this.first, ...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
  }
}
