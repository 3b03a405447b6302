/**
 * `npm run eval`: every module in scripts/eval/ (except types.ts and split.ts, which they share) measured on ../shared/corpus,
 * printed as one table. Exits non-zero when a row misses its target or a module fails.
 *   npm run eval [-- --only metadata] [-- --verbose]   (--verbose prints each row's note)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { EvalResult, EvalRun } from './eval/types';

const modules = import.meta.glob<{ run?: EvalRun }>(['./eval/*.ts', '!./eval/types.ts', '!./eval/split.ts']);

interface Row extends EvalResult {
  module: string;
  pass: boolean | null;
  error?: string;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { only: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
  const corpusDir = resolve(process.cwd(), '../shared/corpus');
  const rows: Row[] = [];
  for (const [path, load] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    const module = path.replace(/^.*\/|\.ts$/g, '');
    if (values.only && module !== values.only) continue;
    rows.push(...(await runModule(module, load, corpusDir)));
  }
  process.stdout.write(`${table(rows)}\n`);
  if (values.verbose) for (const r of rows) if (r.note || r.error) process.stdout.write(`\n${r.name}: ${r.error ?? r.note}\n`);
  const failed = rows.filter((r) => r.pass === false);
  process.stdout.write(`\n${rows.length} rows, ${failed.length} below target${failed.length ? `: ${failed.map((r) => r.name).join('; ')}` : ''}\n`);
  return failed.length ? 1 : 0;
}

/** Every module here is an evaluation (shared corpus readers live in scripts/corpus/). */
async function runModule(module: string, load: () => Promise<{ run?: EvalRun }>, corpusDir: string): Promise<Row[]> {
  try {
    const { run } = await load();
    if (typeof run !== 'function') throw new Error('exports no run(corpusDir)');
    const results = await run(corpusDir);
    return results.map((r) => ({ ...r, module, pass: passes(r) }));
  } catch (e) {
    return [{ module, name: `${module} (failed to run)`, n: 0, pass: false, error: e instanceof Error ? e.message : String(e) }];
  }
}

/** The row's target metric (F1 when not named) against its target; null when it has none. */
function passes(r: EvalResult): boolean | null {
  if (r.target === undefined) return null;
  const value = r[r.targetMetric ?? 'f1'] ?? r.accuracy ?? r.f1;
  return value !== undefined && value >= r.target;
}

const COLUMNS: { head: string; cell: (r: Row) => string; right?: boolean }[] = [
  { head: 'name', cell: (r) => r.name },
  { head: 'n', cell: (r) => String(r.n), right: true },
  { head: 'precision', cell: (r) => num(r.precision), right: true },
  { head: 'recall', cell: (r) => num(r.recall), right: true },
  { head: 'F1', cell: (r) => num(r.f1), right: true },
  { head: 'accuracy', cell: (r) => num(r.accuracy), right: true },
  { head: 'target', cell: (r) => (r.target === undefined ? '—' : `${r.targetMetric ?? 'f1'} ≥ ${r.target}`) },
  { head: 'result', cell: (r) => (r.pass === null ? '—' : r.pass ? 'pass' : 'FAIL') },
];

function table(rows: Row[]): string {
  const cells = rows.map((r) => COLUMNS.map((c) => c.cell(r)));
  const widths = COLUMNS.map((c, i) => Math.max(c.head.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) => values.map((v, i) => (COLUMNS[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(COLUMNS.map((c) => c.head)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function num(v: number | undefined): string {
  return v === undefined ? '—' : v.toFixed(3);
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
