// Starts a real Brandroom runtime for a test file: in-memory PGlite by default, or a fresh
// PostgreSQL database (created and dropped here) when TEST_DATABASE_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from '../config.ts';
import { loadConfig } from '../config.ts';
import { startRuntime, type Runtime } from '../runtime.ts';
import { createThrowawayDatabase } from './pg-database.ts';
import { DEMO_PASSWORD, DEMO_WORKSPACE_ID } from '../demo/seed.ts';

export { DEMO_PASSWORD, DEMO_WORKSPACE_ID };
export { DEMO_BRANDS } from '../demo/ids.ts';

export interface TestServer {
  runtime: Runtime;
  databaseKind: 'pglite' | 'postgres';
  request: ReturnType<typeof client>;
  login(email: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
  as: ReturnType<typeof client>;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A small inject() wrapper: JSON in, JSON out, with optional cookie/CSRF or bearer token. */
function client(runtime: Runtime, auth: { cookie?: string; csrf?: string; bearer?: string } = {}) {
  const send = async (method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await runtime.app!.inject({
      method,
      url,
      headers: {
        ...(auth.cookie ? { cookie: auth.cookie } : {}),
        ...(auth.csrf && method !== 'GET' ? { 'x-csrf-token': auth.csrf } : {}),
        ...(auth.bearer ? { authorization: `Bearer ${auth.bearer}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    let json: any = null;
    try {
      json = res.body ? JSON.parse(res.body) : null;
    } catch {
      json = null;
    }
    return { status: res.statusCode, body: json, headers: res.headers, raw: res.body };
  };
  return {
    get: (url: string, headers?: Record<string, string>) => send('GET', url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) => send('POST', url, body ?? {}, headers),
    patch: (url: string, body?: unknown, headers?: Record<string, string>) => send('PATCH', url, body ?? {}, headers),
    put: (url: string, body?: unknown, headers?: Record<string, string>) => send('PUT', url, body ?? {}, headers),
    delete: (url: string, headers?: Record<string, string>) => send('DELETE', url, undefined, headers),
    withBearer: (token: string) => client(runtime, { bearer: token }),
  };
}

export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const pgDb = adminUrl ? await createThrowawayDatabase(adminUrl, 'brandroom_t') : null;
  // Uploaded media land in a directory of the test's own, removed on close.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'brandroom-test-'));
  const config: Config = {
    ...loadConfig({ BRANDROOM_DEMO: '1', LOG_LEVEL: 'silent' }),
    dataDir,
    databaseUrl: pgDb?.url ?? null,
    // The tests' networks (the PDS, the Mastodon stand-in, webhook receivers) listen on this machine.
    allowPrivateNetwork: true,
    ...overrides,
  };
  const runtime = await startRuntime({ config, role: 'all', listen: false, logger: false, inMemory: true, onJobError: () => {} });
  const request = client(runtime);
  return {
    runtime,
    databaseKind: runtime.ctx.database.kind,
    request,
    async login(email, password = DEMO_PASSWORD) {
      const res = await request.post('/api/v1/auth/login', { email, password });
      if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${res.raw}`);
      const setCookie = ([] as string[]).concat(res.headers['set-cookie'] as string | string[]);
      const cookie = setCookie[0]!.split(';')[0]!;
      return { cookie, csrf: res.body.csrfToken, userId: res.body.user.id, as: client(runtime, { cookie, csrf: res.body.csrfToken }) };
    },
    async close() {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
      await pgDb?.drop();
    },
  };
}
