/**
 * `npm run bench:sync`: the time of a first sync of 10,000 observations and of an incremental
 * sync of 10, in Node with the module the extension runs (lib/sync/replicate.ts over
 * fake-indexeddb) against pouchdb-server in memory on loopback. Machine A sends its 10,000
 * clips (one real corpus page analysed, copied under 10,000 URLs of 50 shops); machine B, new
 * to the team, receives them; then A clips 10 more and both sync again.
 *   npm run bench:sync -- [--observations 10000] [--incremental 10]
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Dexie from 'dexie';
import { analyze } from '../lib/analyze/analyze';
import type { Observation } from '../lib/analyze/types';
import { openRaceScoutDb, type ObservationRow, type RaceScoutDb } from '../lib/store/db';
import { saveClip } from '../lib/store/queries';
import { pendingCount } from '../lib/store/sync-store';
import { CouchClient } from '../lib/sync/couch';
import { replicate } from '../lib/sync/replicate';
import { ADMIN, startCouch } from './couch-server';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const OBSERVATIONS = arg('observations', 10_000);
const INCREMENTAL = arg('incremental', 10);
const SHOPS = 50;

const page = { url: 'http://stylelocker.co.uk/', html: readFileSync(resolve(process.cwd(), '../shared/corpus/formasaurus/html/stylelocker.co.uk-0.html'), 'utf8') };
const template: Observation = analyze(page);

function clipOf(i: number): { row: Omit<ObservationRow, 'id' | 'competitorId'>; shop: number } {
  const shop = i % SHOPS;
  const url = `https://www.shop${shop}.bench.test/p/${i}`;
  const capturedAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const observation = { ...template, url, domain: `shop${shop}.bench.test`, capturedAt };
  return { shop, row: { url, domain: observation.domain, kind: observation.kind, capturedAt, analyzerVersion: observation.analyzerVersion, observation } };
}

/** Writes the clips the way a long-used database holds them (bulk, so the setup is not what is measured). */
async function fill(database: RaceScoutDb, n: number): Promise<void> {
  const ids = (await database.competitors.bulkAdd(
    Array.from({ length: SHOPS }, (_, s) => ({ name: `Shop ${s}`, domains: [`shop${s}.bench.test`], handles: [], own: false, createdAt: '2026-01-01T00:00:00.000Z', aliases: [] })) as never,
    { allKeys: true },
  )) as number[];
  const BATCH = 1_000;
  for (let start = 0; start < n; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, n - start) }, (_, k) => {
      const { row, shop } = clipOf(start + k);
      return { ...row, competitorId: ids[shop] };
    });
    await database.observations.bulkAdd(rows as never);
  }
}

const client = () => new CouchClient({ url: `${couch.origin}/team`, username: ADMIN.name, password: ADMIN.password });
const ms = (t0: number) => Math.round(performance.now() - t0);
/** This process' CPU time (ms) since `c0`: the client's share of a phase; the rest is the server and waiting. */
const cpu = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return Math.round((c.user + c.system) / 1000);
};

const couch = await startCouch({ databases: [{ name: 'team' }] });
const a = openRaceScoutDb('bench-sync-a');
const b = openRaceScoutDb('bench-sync-b');
const results: [string, number, number, string][] = [];
let c0 = process.cpuUsage();
try {
  let t0 = performance.now();
  await fill(a, OBSERVATIONS);
  console.log(`set-up: ${OBSERVATIONS} observations of ${SHOPS} shops written in ${ms(t0)} ms; ${await pendingCount(a)} records waiting`);

  t0 = performance.now();
  c0 = process.cpuUsage();
  const first = await replicate({ client: client(), me: 'bench', database: a });
  results.push([`first sync, sending ${OBSERVATIONS} observations`, ms(t0), cpu(c0), `pushed ${first.pushed}`]);

  t0 = performance.now();
  c0 = process.cpuUsage();
  const received = await replicate({ client: client(), me: 'bench-b', database: b });
  results.push([`first sync of a new machine, receiving them`, ms(t0), cpu(c0), `pulled ${received.pulled}; ${await b.observations.count()} observations`]);

  for (let i = 0; i < INCREMENTAL; i++) {
    const { row } = clipOf(OBSERVATIONS + i);
    await saveClip({ url: row.url, html: page.html, capturedAt: row.capturedAt }, row.observation, null, a);
  }
  t0 = performance.now();
  c0 = process.cpuUsage();
  const inc = await replicate({ client: client(), me: 'bench', database: a });
  results.push([`incremental sync, sending ${INCREMENTAL}`, ms(t0), cpu(c0), `pushed ${inc.pushed}`]);
  t0 = performance.now();
  c0 = process.cpuUsage();
  const incB = await replicate({ client: client(), me: 'bench-b', database: b });
  results.push([`incremental sync, receiving them`, ms(t0), cpu(c0), `pulled ${incB.pulled}; ${await b.observations.count()} observations`]);
} finally {
  a.close();
  b.close();
  await Promise.all([Dexie.delete('bench-sync-a'), Dexie.delete('bench-sync-b')]);
  await couch.stop();
}

const kb = Math.round(JSON.stringify(template).length / 1024);
console.log(`\nsync benchmark (pouchdb-server in memory on loopback; observations of ${kb} KB each, ${Math.round((kb * OBSERVATIONS) / 1024)} MB; ${cpus().length} cores, load ${loadavg()[0].toFixed(2)})`);
console.log(`  ${'phase'.padEnd(48)} ${'wall'.padStart(10)} ${'client CPU'.padStart(12)}`);
for (const [what, t, c, detail] of results) console.log(`  ${what.padEnd(48)} ${String(t).padStart(7)} ms ${String(c).padStart(9)} ms   ${detail}`);
process.exit(0);

