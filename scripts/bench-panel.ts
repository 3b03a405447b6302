/**
 * Panel benchmark: seeds 50 competitors and 10,000 observations into the store (fake-indexeddb
 * in Node) and prints the first view's data time (opening the database and reading the
 * competitors list and the language setting, as the panel does on open), the full plan-data
 * load (what the matrix, Reach and Plan views read), and the matrix recompute time.
 * Targets from issue 5: first view < 1 s, matrix recompute < 100 ms.
 *   npm run bench:panel -- [--competitors 50] [--observations 10000]
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import { db } from '../lib/store/db';
import { competitorSummaries, getSetting, planData, planSettings } from '../lib/store/queries-plan';
import { SETTING } from '../lib/plan/settings';
import { computeMatrix } from '../lib/plan/matrix';
import { buildPlanInput } from '../lib/plan/plan-input';
import { seedStore } from '../tests/plan/seed';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Wall time, and the process's CPU time: on a shared, busy machine the CPU time is the fairer figure. */
interface Took {
  wall: number;
  cpu: number;
}

async function time<T>(fn: () => Promise<T> | T): Promise<[T, Took]> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const v = await fn();
  const c = process.cpuUsage(c0);
  return [v, { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 }];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${n.toFixed(1)} ms`;
const both = (t: Took) => `${ms(t.wall)} (cpu ${ms(t.cpu)})`;
const verdict = (t: Took, limit: number) => `target < ${limit} ms: wall ${t.wall < limit ? 'OK' : 'SLOW'}, cpu ${t.cpu < limit ? 'OK' : 'SLOW'}`;

async function main() {
  const competitors = arg('competitors', 50);
  const observations = arg('observations', 10_000);
  await db.open();
  await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((table) => table.clear())));
  const [, seedMs] = await time(() => seedStore(db, { competitors, observations }));
  db.close({ disableAutoOpen: false });

  // What the panel does when it opens: open the database, read the language, list competitors.
  const [[list], firstView] = await time(() => Promise.all([competitorSummaries(), getSetting(SETTING.language)]));
  const [data, loadAll] = await time(() => planData());
  const settings = await planSettings();
  const runs: Took[] = [];
  for (let k = 0; k < 20; k++) runs.push((await time(() => computeMatrix(data)))[1]);
  const matrixMedian = { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
  const [, planMs] = await time(() => buildPlanInput(data, settings));

  // Shared machines skew timings: say how busy this one was.
  console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
  console.log(`seeded ${competitors} competitors, ${observations} observations in ${both(seedMs)}`);
  console.log(`first view (competitors list, ${list.length} rows): ${both(firstView)}  ${verdict(firstView, 1000)}`);
  console.log(`plan data load (all observations, ${data.observations.length}): ${both(loadAll)}`);
  console.log(`matrix recompute: first ${both(runs[0])}, median ${both(matrixMedian)} over ${runs.length} runs  ${verdict(matrixMedian, 100)}`);
  console.log(`full plan input (matrix + scoring + landscape + pillars + searches + seeds): ${both(planMs)}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
