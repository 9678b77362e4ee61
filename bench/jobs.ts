// `npm run bench:jobs`: background jobs through pg-boss on each database — on PGlite through the
// small adapter over the app's own connection (server/db/connect.ts), on PostgreSQL with its own pool.
// Prints jobs per second and the time from send to the handler starting; never fails on speed.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase, type Database } from '../server/db/connect.ts';
import { startQueue, defineJob } from '../server/jobs/queue.ts';
import type { AppContext } from '../server/http/context.ts';
import { percentile } from './lib/load.ts';
import { createThrowawayDatabase, redactUrl } from '../server/testing/pg-database.ts';

const { values } = parseArgs({ options: { jobs: { type: 'string', default: '500' }, db: { type: 'string', default: 'both' } } });
const COUNT = Number(values.jobs);
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;

async function measure(database: Database) {
  const sentAt = new Map<string, number>();
  const pickup: number[] = [];
  let done = 0;
  let finished: () => void = () => {};
  const allDone = new Promise<void>((resolve) => (finished = resolve));
  const noop = defineJob({
    name: 'bench.noop',
    data: z.object({ n: z.number() }),
    retryLimit: 0,
    // The product's workers run one job at a time per queue and worker by default; a busier queue
    // would set concurrency, which is what this measures.
    concurrency: 4,
    handler: async ({ n }) => {
      pickup.push(performance.now() - sentAt.get(String(n))!);
      if (++done === COUNT) finished();
    },
  });
  const queue = await startQueue(database, [noop], { supervise: false, onError: (err) => console.error(err.message) });
  await queue.work({ database, db: database.db, jobs: queue } as unknown as AppContext);
  const start = performance.now();
  for (let n = 0; n < COUNT; n++) {
    sentAt.set(String(n), performance.now());
    await queue.send('bench.noop', { n });
  }
  const sendSeconds = (performance.now() - start) / 1000;
  await allDone;
  const totalSeconds = (performance.now() - start) / 1000;
  await queue.stop();
  const sorted = Float64Array.from(pickup).sort();
  return { sendPerSecond: COUNT / sendSeconds, completedPerSecond: COUNT / totalSeconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

const rows: { label: string; r: Awaited<ReturnType<typeof measure>>; command: string }[] = [];
if (values.db !== 'postgres') {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await database.migrate();
  rows.push({ label: 'PGlite (adapter)', r: await measure(database), command: `npm run bench:jobs -- --db pglite --jobs ${COUNT}` });
  await database.close();
}
if (values.db !== 'pglite') {
  if (!adminUrl) {
    console.log('PostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to an admin URL to include it.');
  } else {
    const bench = await createThrowawayDatabase(adminUrl, 'brandroom_bench');
    const database = await openDatabase({ kind: 'postgres', url: bench.url });
    await database.migrate();
    rows.push({ label: 'PostgreSQL', r: await measure(database), command: `BENCH_DATABASE_URL=${redactUrl(adminUrl)} npm run bench:jobs -- --db postgres --jobs ${COUNT}` });
    await database.close();
    await bench.drop();
  }
}

console.log(`\n${COUNT} jobs, sent one after another; 4 workers polling every second; ${new Date().toISOString()}`);
console.log('database          sent/s  completed/s  pickup p50 ms  p95 ms  p99 ms');
for (const { label, r, command } of rows) {
  console.log(
    `${label.padEnd(16)} ${r.sendPerSecond.toFixed(0).padStart(7)} ${r.completedPerSecond.toFixed(0).padStart(12)} ${r.p50.toFixed(0).padStart(14)} ${r.p95.toFixed(0).padStart(7)} ${r.p99.toFixed(0).padStart(7)}`,
  );
  console.log(`  $ ${command}`);
}
