// Starts and stops one Brandroom process: config → database → migrations → jobs → HTTP.
// Roles: `all` (the embedded default), `api` (HTTP only), `worker` (background jobs only).
import type { FastifyInstance } from 'fastify';
import type { Config, ProcessRole } from './config.ts';
import { createConnectors, type ConnectorRegistry } from './connectors/registry.ts';
import { openConfiguredDatabase } from './db/connect.ts';
import { seedDemo } from './demo/seed.ts';
import { buildApp } from './http/app.ts';
import type { AppContext } from './http/context.ts';
import { JOBS } from './jobs/registry.ts';
import { startQueue, type JobQueue } from './jobs/queue.ts';
import { randomBytes } from 'node:crypto';
import { secretBox } from './crypto/secret-box.ts';
import { loadSecretKey } from './crypto/secret-key.ts';
import { createMailer } from './mail/mailer.ts';
import { StartupError } from './startup-error.ts';

export interface Runtime {
  ctx: AppContext;
  app: FastifyInstance | null;
  url: string | null;
  demo: 'created' | 'exists' | 'off';
  close(): Promise<void>;
}

export interface RuntimeOptions {
  config: Config;
  role: ProcessRole;
  /** Listen on the configured port (false: build the app for inject() only, as tests do). */
  listen?: boolean;
  logger?: boolean;
  /** PGlite in memory instead of the data directory (tests). */
  inMemory?: boolean;
  onJobError?: (err: Error) => void;
  /** The networks' connectors; by default the real ones behind the outbound-request guard. */
  connectors?: ConnectorRegistry;
}

export async function startRuntime(opts: RuntimeOptions): Promise<Runtime> {
  const { config, role } = opts;
  if (!config.databaseUrl && role !== 'all') {
    throw new StartupError(`--role ${role} needs PostgreSQL: set DATABASE_URL (the embedded database serves one process, --role all).`);
  }
  const cleanups: (() => Promise<void> | void)[] = [];
  const closeAll = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const database = await openConfiguredDatabase(config, { inMemory: opts.inMemory ?? false });
    cleanups.push(() => database.close());
    await database.migrate();
    const demo = config.demo && role !== 'worker' ? await seedDemo(database.db) : 'off';

    // Cleanups run in reverse: HTTP closes first, then running jobs finish (they may still send
    // mail and write), then the mailer and the database close.
    const mailer = config.smtpUrl ? createMailer(config.smtpUrl, config.mailFrom) : null;
    if (mailer) cleanups.push(() => mailer.close());
    const jobs: JobQueue = await startQueue(database, JOBS, {
      supervise: role !== 'api',
      onError: opts.onJobError ?? ((err) => console.error(`[jobs] ${err.message}`)),
    });
    cleanups.push(() => jobs.stop());
    // Tests on an in-memory database get a key of their own; the embedded default keeps one in its data directory.
    const secretKey = opts.inMemory && !config.secretKey ? randomBytes(32) : loadSecretKey({ configured: config.secretKey, dataDir: config.databaseUrl ? null : config.dataDir });
    const secrets = secretKey ? secretBox(secretKey) : null;
    const connectors = opts.connectors ?? createConnectors(config);
    const ctx: AppContext = { config, database, db: database.db, jobs, mailer, secrets, connectors };

    if (role !== 'api') await jobs.work(ctx);

    let app: FastifyInstance | null = null;
    let url: string | null = null;
    if (role !== 'worker') {
      app = await buildApp(ctx, { logger: opts.logger ?? true });
      const httpApp = app;
      cleanups.push(() => httpApp.close());
      if (opts.listen !== false) {
        try {
          await app.listen({ port: config.port, host: config.host });
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'EADDRINUSE') {
            throw new StartupError(`Port ${config.port} is already in use: stop the program using it, or set PORT to another port.`);
          }
          if (code === 'EACCES') throw new StartupError(`Not allowed to listen on port ${config.port}: use a port above 1024 (PORT).`);
          throw err;
        }
        const address = app.server.address();
        const port = typeof address === 'object' && address ? address.port : config.port;
        url = config.publicUrl ?? `http://localhost:${port}`;
      } else {
        await app.ready();
      }
    }
    return { ctx, app, url, demo, close: closeAll };
  } catch (err) {
    await closeAll().catch(() => {});
    throw err;
  }
}
