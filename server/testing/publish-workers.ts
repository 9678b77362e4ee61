// Publishing as it runs at scale, for the crash test and the publish benchmark: real worker processes
// (`serve --role worker`) on one PostgreSQL database, and the set-up they publish from — Brandroom's
// API in this process as the `api` role (it sends jobs, never works them), with the demo workspace.
// Every process shares one secret key, so the channel credentials the API seals open in the workers.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { AtpAgent } from '@atproto/api';
import { loadConfig } from '../config.ts';
import { startRuntime, type Runtime } from '../runtime.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { ROOT } from './process.ts';

/** A fresh BRANDROOM_SECRET_KEY (32 random bytes, base64), as `openssl rand -base64 32` makes. */
export const newSecretKey = () => randomBytes(32).toString('base64');

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON as the API answered it
  body: any;
}

export interface ApiClient {
  get(url: string): Promise<Answer>;
  post(url: string, body?: unknown): Promise<Answer>;
  put(url: string, body?: unknown): Promise<Answer>;
}

export interface SetupServer {
  runtime: Runtime;
  /** Signs a demo user in; requests go through the real HTTP stack (inject), cookie and CSRF included. */
  login(email: string): Promise<ApiClient>;
  close(): Promise<void>;
}

export async function startSetupServer(opts: { databaseUrl: string; secretKey: string }): Promise<SetupServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'brandroom-setup-'));
  const config = {
    ...loadConfig({ BRANDROOM_DEMO: '1', LOG_LEVEL: 'silent', DATABASE_URL: opts.databaseUrl, BRANDROOM_SECRET_KEY: opts.secretKey }),
    dataDir,
    // The networks (the PDS, the Mastodon stand-in, the webhook receiver) listen on this machine.
    allowPrivateNetwork: true,
  };
  const runtime = await startRuntime({ config, role: 'api', listen: false, logger: false, onJobError: () => {} });
  const app = runtime.app!;
  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, body: unknown, auth: { cookie: string; csrf: string }): Promise<Answer> => {
    const res = await app.inject({
      method,
      url,
      headers: {
        cookie: auth.cookie,
        ...(method !== 'GET' ? { 'x-csrf-token': auth.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null };
  };
  return {
    runtime,
    async login(email) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email, password: DEMO_PASSWORD }) });
      if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
      const cookie = String(([] as string[]).concat(res.headers['set-cookie'] as string | string[])[0]).split(';')[0]!;
      const auth = { cookie, csrf: (JSON.parse(res.body) as { csrfToken: string }).csrfToken };
      return {
        get: (url) => send('GET', url, undefined, auth),
        post: (url, body = {}) => send('POST', url, body, auth),
        put: (url, body = {}) => send('PUT', url, body, auth),
      };
    },
    async close() {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface WorkerProcess {
  child: ChildProcess;
  pid: number;
  /** How the worker names itself on each publish attempt (server/jobs/publish.ts). */
  name: string;
  exited: Promise<number | null>;
  output(): string;
  /** Sends the signal and waits for the process to end. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `brandroom serve --role worker`; resolves once it says it is running (its job workers are polling). */
export async function startWorker(opts: { databaseUrl: string; secretKey: string; env?: Record<string, string> }): Promise<WorkerProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'brandroom-worker-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'serve', '--role', 'worker'], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      DATABASE_URL: opts.databaseUrl,
      BRANDROOM_SECRET_KEY: opts.secretKey,
      BRANDROOM_ALLOW_PRIVATE_NETWORK: '1',
      BRANDROOM_DATA_DIR: dataDir,
      // Inherited mail settings would send real notices from a test.
      SMTP_URL: '',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      done = true;
      rmSync(dataDir, { recursive: true, force: true });
      resolve(code);
    }),
  );
  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (!done) child.kill(signal);
    return exited;
  };
  const started = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 60_000);
    const look = () => {
      if (!output.includes('(worker) is running')) return;
      clearTimeout(timer);
      resolve(true);
    };
    child.stdout!.on('data', look);
    void exited.then(() => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  if (!started) {
    await kill('SIGKILL');
    throw new Error(`The worker did not start:\n${output}`);
  }
  return { child, pid: child.pid!, name: `${hostname()}:${child.pid}`, exited, output: () => output, kill };
}

/** A PDS account with an app password, as a person makes one to connect Brandroom. */
export async function createPdsAccount(pdsUrl: string, handle: string): Promise<{ did: string; appPassword: string }> {
  const agent = new AtpAgent({ service: pdsUrl });
  await agent.createAccount({ handle, email: `${handle.replace(/\W/g, '-')}@example.com`, password: 'main password of the account' });
  const appPassword = (await agent.com.atproto.server.createAppPassword({ name: 'brandroom' })).data.password;
  return { did: agent.session!.did, appPassword };
}

export interface PdsPost {
  uri: string;
  text: string;
  /** The publication's idempotency key, which the Bluesky connector writes into each record. */
  brandroomKey: string | null;
  createdAt: string;
}

/** Every post record the account's repository holds now. */
export async function pdsPosts(pdsUrl: string, did: string): Promise<PdsPost[]> {
  const agent = new AtpAgent({ service: pdsUrl });
  const all: PdsPost[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await agent.com.atproto.repo.listRecords({ repo: did, collection: 'app.bsky.feed.post', limit: 100, cursor });
    for (const r of data.records) {
      const value = r.value as { text?: unknown; brandroomKey?: unknown; createdAt?: unknown };
      all.push({ uri: r.uri, text: String(value.text ?? ''), brandroomKey: typeof value.brandroomKey === 'string' ? value.brandroomKey : null, createdAt: String(value.createdAt ?? '') });
    }
    cursor = data.records.length === 100 ? data.cursor : undefined;
  } while (cursor);
  return all;
}
