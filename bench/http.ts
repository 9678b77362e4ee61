// `npm run bench`: requests per second and p50/p95/p99 latency of an authenticated read (list
// brands) and write (update a brand) under concurrent connections, on PGlite and on PostgreSQL.
// It prints figures and never fails on speed; it exits non-zero only when it could not measure.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Request } from 'autocannon';
import { prepareTarget, type BenchTarget } from './lib/api-setup.ts';
import { runLoad, type LoadResult } from './lib/load.ts';
import { createThrowawayDatabase, redactUrl } from '../server/testing/pg-database.ts';
import { freePort, startBrandroom } from '../server/testing/process.ts';

const DBS = ['pglite', 'postgres'] as const;
const OPS = ['read', 'write'] as const;
type Db = (typeof DBS)[number];
type Op = (typeof OPS)[number];
const DB_LABEL: Record<Db, string> = { pglite: 'PGlite', postgres: 'PostgreSQL' };
const TARGET_READ_P95_MS = 20;

interface Options {
  dbs: Db[];
  ops: Op[];
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  adminUrl: string | null;
}

interface Row {
  db: Db;
  op: Op;
  what: string;
  result: LoadResult;
  command: string;
}

const USAGE = `Usage: npm run bench -- [--db pglite|postgres|both] [--op read|write|both] [--duration 10] [--warmup 3] [--connections 50]
PostgreSQL runs need an admin URL in BENCH_DATABASE_URL (or TEST_DATABASE_URL); a fresh database is created and dropped.`;

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'both' },
      op: { type: 'string', default: 'both' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '50' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = (name: string, raw: string, min: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number ≥ ${min} (got "${raw}").`);
    return n;
  };
  const choice = <T extends string>(name: string, raw: string, all: readonly T[]): T[] => {
    if (raw === 'both') return [...all];
    if (!(all as readonly string[]).includes(raw)) throw new UsageError(`--${name} must be ${all.join(', ')} or both (got "${raw}").`);
    return [raw as T];
  };
  const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || null;
  let dbs = choice('db', values.db, DBS);
  if (!adminUrl) {
    if (values.db === 'postgres') throw new UsageError('--db postgres needs BENCH_DATABASE_URL (or TEST_DATABASE_URL): an admin URL such as postgres://brandroom:brandroom@127.0.0.1:5432/brandroom.');
    dbs = dbs.filter((db) => db !== 'postgres');
  }
  return {
    dbs,
    ops: choice('op', values.op, OPS),
    durationSeconds: count('duration', values.duration, 1),
    warmupSeconds: count('warmup', values.warmup, 0),
    connections: count('connections', values.connections, 1),
    adminUrl,
  };
}

class UsageError extends Error {}

/** The command that reproduces one row, with the settings that change its figures spelled out. */
function commandFor(opts: Options, db: Db, op: Op): string {
  const env = [
    db === 'postgres' && opts.adminUrl ? `BENCH_DATABASE_URL=${redactUrl(opts.adminUrl)}` : null,
    process.env.DATABASE_POOL_SIZE ? `DATABASE_POOL_SIZE=${process.env.DATABASE_POOL_SIZE}` : null,
  ].filter(Boolean);
  const args = [`--db ${db}`, `--op ${op}`, `--duration ${opts.durationSeconds}`, `--connections ${opts.connections}`];
  if (opts.warmupSeconds !== 3) args.push(`--warmup ${opts.warmupSeconds}`);
  return [...env, 'npm run bench --', ...args].join(' ');
}

/** The autocannon request for one operation. Each write sends a new description, so it really writes and audits. */
function requestFor(op: Op, target: BenchTarget): Request {
  const auth = { authorization: `Bearer ${target.bearer}` };
  if (op === 'read') return { method: 'GET', path: target.readPath, headers: auth };
  const run = Date.now().toString(36);
  let n = 0;
  return {
    method: 'PATCH',
    path: target.writePath,
    headers: { ...auth, 'content-type': 'application/json' },
    setupRequest: (req) => ({ ...req, body: JSON.stringify({ description: `Benchmark write ${run}-${++n}` }) }),
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function benchDatabase(opts: Options, db: Db, cleanups: (() => Promise<void>)[]): Promise<Row[]> {
  let databaseUrl: string | null = null;
  if (db === 'postgres') {
    const created = await createThrowawayDatabase(opts.adminUrl!, 'brandroom_bench');
    cleanups.push(created.drop);
    databaseUrl = created.url;
    log(`PostgreSQL ${created.serverVersion}: created a fresh database.`);
  }
  log(`${DB_LABEL[db]}: starting the server…`);
  // A fresh data directory per run, so PGlite runs are comparable and leave nothing behind.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'brandroom-bench-'));
  const server = await startBrandroom({
    PORT: String(await freePort()),
    BRANDROOM_DATA_DIR: dataDir,
    BRANDROOM_DEMO: '1',
    // Empty: an inherited DATABASE_URL must not turn the PGlite run into a PostgreSQL one.
    DATABASE_URL: databaseUrl ?? '',
  });
  cleanups.push(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const target = await prepareTarget(server.base);
  const rows: Row[] = [];
  for (const op of opts.ops) {
    const request = requestFor(op, target);
    const spec = { url: server.base, connections: opts.connections, request };
    if (opts.warmupSeconds > 0) {
      log(`${DB_LABEL[db]} ${op}: warming up for ${opts.warmupSeconds} s (not counted)…`);
      await runLoad({ ...spec, durationSeconds: opts.warmupSeconds });
    }
    log(`${DB_LABEL[db]} ${op}: measuring for ${opts.durationSeconds} s with ${opts.connections} connections…`);
    const result = await runLoad({ ...spec, durationSeconds: opts.durationSeconds });
    // Shortened for the table: the workspace and brand ids are the demo's.
    const what = `${request.method} ${op === 'read' ? '…/brands' : '…/brands/:id'}`;
    rows.push({ db, op, what, result, command: commandFor(opts, db, op) });
  }
  // Stop the server and drop its database now, so the next database is measured on a quiet machine.
  await runCleanups(cleanups);
  return rows;
}

async function runCleanups(cleanups: (() => Promise<void>)[]) {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    await cleanup().catch((err: unknown) => log(`Cleanup failed: ${(err as Error).message}`));
  }
}

// Taken before the first server starts: other programs busy on the machine change every figure.
const LOAD_AT_START = os.loadavg();

function machineLines(): string[] {
  const cpus = os.cpus();
  const gib = (os.totalmem() / 1024 ** 3).toFixed(1);
  return [
    `Machine: ${cpus.length} CPU${cpus.length === 1 ? '' : 's'} (${cpus[0]?.model.trim() ?? 'unknown'}), ${gib} GiB RAM, ${os.type()} ${os.release()}`,
    `Node ${process.version}; ${new Date().toISOString()}; load average before the run ${LOAD_AT_START.map((n) => n.toFixed(2)).join(' ')} (1, 5, 15 min)`,
  ];
}

function printTable(rows: Row[], opts: Options) {
  const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  const header = ['database', 'operation', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'requests', 'non-2xx', 'errors'];
  const cells = rows.map((r) => [
    DB_LABEL[r.db],
    `${r.op}: ${r.what}`,
    r.result.perSecond.toFixed(0),
    ms(r.result.p50),
    ms(r.result.p95),
    ms(r.result.p99),
    ms(r.result.max),
    String(r.result.requests),
    String(r.result.non2xx),
    String(r.result.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  // Text columns align left, figures right.
  const line = (c: string[]) => c.map((v, i) => (i < 2 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  console.log('');
  for (const l of machineLines()) console.log(l);
  console.log(`Load: autocannon, ${opts.connections} connections, ${opts.warmupSeconds} s warm-up (not counted), ${opts.durationSeconds} s measured; the server runs in its own process (LOG_LEVEL=warn, DATABASE_POOL_SIZE=${process.env.DATABASE_POOL_SIZE ?? '10'}).`);
  console.log('Latency: every response time, exact nearest-rank percentiles. Auth: personal API token (Bearer).');
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r, i) => {
    console.log(line(cells[i]!));
    console.log(`  $ ${r.command}`);
  });
}

function printVerdicts(rows: Row[], opts: Options): boolean {
  let clean = true;
  console.log('');
  for (const r of rows) {
    const { result } = r;
    if (result.non2xx > 0 || result.errors > 0 || result.requests === 0) {
      clean = false;
      const codes = Object.entries(result.statusCodes).map(([code, n]) => `${code}: ${n}`).join(', ');
      console.log(`WARNING: ${DB_LABEL[r.db]} ${r.op} had failures — ${result.non2xx} non-2xx, ${result.errors} errors (${result.timeouts} timeouts); statuses ${codes || 'none'}.`);
      if (result.firstFailure) console.log(`         first: ${result.firstFailure}`);
    }
  }
  if (clean) console.log('Every request answered 2xx; no connection errors or timeouts.');
  const pgRead = rows.find((r) => r.db === 'postgres' && r.op === 'read');
  if (pgRead && opts.connections === 50) {
    const met = pgRead.result.p95 < TARGET_READ_P95_MS;
    console.log(`Target (read p95 < ${TARGET_READ_P95_MS} ms at 50 connections on PostgreSQL): ${met ? 'met' : 'not met'} (${pgRead.result.p95.toFixed(1)} ms).`);
  }
  if (!opts.adminUrl) {
    console.log('PostgreSQL was not measured: set BENCH_DATABASE_URL to an admin URL to include it, e.g.');
    console.log('  BENCH_DATABASE_URL=postgres://brandroom:brandroom@127.0.0.1:5432/brandroom npm run bench');
  }
  return clean;
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const cleanups: (() => Promise<void>)[] = [];
  // Ctrl-C still stops the server and drops the database.
  process.once('SIGINT', () => {
    log('Interrupted: stopping the server and dropping the database…');
    void runCleanups(cleanups).finally(() => process.exit(130));
  });
  const rows: Row[] = [];
  let failed = false;
  for (const db of opts.dbs) {
    try {
      rows.push(...(await benchDatabase(opts, db, cleanups)));
    } catch (err) {
      failed = true;
      log(`${DB_LABEL[db]}: could not run the benchmark: ${(err as Error).message}`);
      await runCleanups(cleanups);
    }
  }
  if (rows.length > 0) {
    printTable(rows, opts);
    printVerdicts(rows, opts);
  }
  // Slow figures are still figures (exit 0); only a benchmark that could not run fails.
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err instanceof UsageError ? `${err.message}\n${USAGE}` : err);
  process.exit(2);
});
