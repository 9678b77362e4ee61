// Runs Brandroom in a child process for the benchmark: the server gets its own process (and so its
// own core) and the load generator stays in this one, so neither measures the other's CPU time.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface ServerProcess {
  url: string;
  /** SIGTERM, then wait for the process to exit (SIGKILL if it has not after 20 s). */
  stop(): Promise<void>;
}

export interface ServerOptions {
  repoRoot: string;
  /** PostgreSQL connection string; null runs the embedded PGlite in a fresh data directory. */
  databaseUrl: string | null;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;

/** Asks the OS for a free port. Another program could take it before the server binds; unlikely here. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startServer(opts: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  // Every run starts from an empty data directory so PGlite runs are comparable and leave nothing behind.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'brandroom-bench-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    BRANDROOM_DATA_DIR: dataDir,
    BRANDROOM_DEMO: '1',
    // warn keeps logging out of the measurement, as a production deployment would.
    LOG_LEVEL: 'warn',
  };
  // An inherited DATABASE_URL must not turn the PGlite run into a PostgreSQL one.
  delete env.DATABASE_URL;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;

  // `node --import tsx` rather than `npx tsx`: no wrapper process, so SIGTERM reaches the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'serve'], {
    cwd: opts.repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep the tail of the output so a server that fails to start can say why.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const exited = once(child, 'exit');
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, child, () => output);
  } catch (err) {
    await kill(child, exited);
    cleanup();
    throw err;
  }
  return {
    url,
    async stop() {
      await kill(child, exited);
      cleanup();
    },
  };
}

async function waitReady(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited before it was ready (code ${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server was not ready after ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

async function kill(child: ChildProcess, exited: Promise<unknown>) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
