/**
 * At most one request per origin at a time, whoever asks (a round of checks, a new watch's first
 * fetch): each origin has a chain of promises and a task waits for the one before it.
 */
export class OriginLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(origin: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(origin) ?? Promise.resolve();
    const mine = before.then(task, task);
    const tail = mine.catch(() => undefined);
    this.tails.set(origin, tail);
    // Forget an origin once its chain is idle, so the map does not grow with every site ever watched.
    void tail.then(() => {
      if (this.tails.get(origin) === tail) this.tails.delete(origin);
    });
    return mine;
  }

  get busy(): number {
    return this.tails.size;
  }
}

export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}
