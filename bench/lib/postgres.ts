// A throw-away PostgreSQL database per benchmark run, created from an admin URL and dropped after,
// so every run starts from the same demo data (as server/testing/harness.ts does for tests).
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface BenchDatabase {
  url: string;
  serverVersion: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `brandroom_bench_${randomBytes(6).toString('hex')}`;
  const serverVersion = await withAdmin(adminUrl, async (c) => {
    await c.query(`create database ${name}`);
    const { rows } = await c.query<{ server_version: string }>('show server_version');
    return rows[0]?.server_version ?? 'unknown';
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    serverVersion,
    drop: () => withAdmin(adminUrl, async (c) => void (await c.query(`drop database if exists ${name} with (force)`))),
  };
}

/** The URL as it may be printed: the password is replaced, since the output is meant to be shared. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
