/**
 * Opens the database and starts the analysis worker when the service worker starts, so the
 * first gesture waits for neither (the worker warms the analyzer: lib/analysis/warm-sample.ts).
 */
import { db } from '../store/db';
import { prepareAnalysis } from './analysis';

export function warmUp(): void {
  setTimeout(() => {
    void db.open().catch(() => undefined);
    prepareAnalysis();
  }, 0);
}
