/** The eval runner as `npm run eval` runs it: modules found by the folder glob, one table, exit code. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function evalRun(...args: string[]) {
  const r = spawnSync('npx', ['vite-node', 'scripts/eval.ts', '--', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 170_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('eval runner', () => {
  it('runs one module from the folder and prints an aligned table with targets and results', () => {
    const r = evalRun('--only', 'structured-data');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^name\s+n\s+precision\s+recall\s+F1\s+accuracy\s+target\s+result$/);
    const rows = lines.filter((l) => l.startsWith('structured data:'));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.find((l) => l.includes('JSON-LD'))).toMatch(/f1 ≥ 0\.95\s+pass$/);
    // aligned: every row's count column ends at the same place as the header's "n"
    const nEnd = lines[0].indexOf(' n ') + 2;
    for (const row of rows) expect(row.slice(0, nEnd)).toMatch(/\d$/);
    expect(r.out).toMatch(/\d+ rows, 0 below target/);
  }, 180_000);
});
