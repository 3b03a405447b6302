/**
 * The analyzer compiles its signatures and the engine optimises its code on first use, which
 * makes the first clip after the service worker starts several times slower than the next ones
 * (~0.8 s against ~20 ms for a shop page in Node). Analysing a tiny page when the worker starts
 * and opening the database moves that cost off the user's first gesture when the worker was
 * woken by something else (install, browser start, a panel message).
 */
import { analyze } from '../analyze/analyze';
import { db } from '../store/db';

const SAMPLE = '<!doctype html><html lang="en"><head><title>warm-up</title><script src="https://www.googletagmanager.com/gtm.js?id=GTM-X"></script></head><body><form><input type="email" name="email"></form><a href="https://www.instagram.com/example/">ig</a></body></html>';

export function warmUp(): void {
  setTimeout(() => {
    try {
      analyze({ html: SAMPLE, url: 'https://www.example.com/' });
    } catch {
      // a warm-up failure is not the user's problem; the real clip reports its own
    }
    void db.open().catch(() => undefined);
  }, 0);
}
