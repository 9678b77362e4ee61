// Durable background work on pg-boss, in the same database as the app (PGlite or PostgreSQL).
// Every job is idempotent: a job may run again after a crash or a retry and must do no harm.
import PgBoss from 'pg-boss';
import type { z } from 'zod';
import type { Database } from '../db/connect.ts';
import type { AppContext } from '../http/context.ts';

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  /** Parsed before the handler runs; a job whose data does not fit fails with the reason. */
  data: S;
  handler: (data: z.infer<S>, ctx: AppContext) => Promise<void>;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A cron line (in the given zone) for jobs that run on a schedule. */
  schedule?: { cron: string; tz?: string };
  /** At most this many at once per worker process. */
  concurrency?: number;
}

export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  return def;
}

export type SendOptions = { startAfterSeconds?: number; startAfter?: Date; singletonKey?: string };

export interface JobQueue {
  send(name: string, data: object, options?: SendOptions): Promise<string | null>;
  /** Starts processing (worker and all roles): workers, cron schedules and maintenance. */
  work(ctx: AppContext): Promise<void>;
  retry(name: string, id: string): Promise<void>;
  stop(): Promise<void>;
  readonly boss: PgBoss;
  readonly schema: string;
}

export const BOSS_SCHEMA = 'pgboss';

export async function startQueue(database: Database, definitions: JobDefinition[], opts: { supervise: boolean; onError: (err: Error) => void }): Promise<JobQueue> {
  const connection = database.connectionString
    ? { connectionString: database.connectionString, max: 4 }
    : { db: { executeSql: (text: string, values: unknown[]) => database.executeSql(text, values) } };
  const boss = new PgBoss({
    ...connection,
    schema: BOSS_SCHEMA,
    // API processes only send; workers also supervise (maintenance, archiving) and run cron.
    supervise: opts.supervise,
    schedule: opts.supervise,
    archiveFailedAfterSeconds: 30 * 24 * 3600,
  });
  boss.on('error', opts.onError);
  await boss.start();
  for (const def of definitions) {
    await boss.createQueue(def.name, {
      name: def.name,
      retryLimit: def.retryLimit ?? 5,
      retryDelay: def.retryDelaySeconds ?? 30,
      retryBackoff: true,
    });
  }
  const byName = new Map(definitions.map((d) => [d.name, d]));
  // pg-boss workers sleep a whole polling interval after every fetch unless notified. Waking them
  // after each job drains a backlog at full speed, and waking them on send makes a job sent in this
  // process start at once; workers elsewhere still find it at their next poll.
  const workersOf = new Map<string, string[]>();
  const wake = (name: string) => {
    for (const id of workersOf.get(name) ?? []) boss.notifyWorker(id);
  };
  return {
    boss,
    schema: BOSS_SCHEMA,
    async send(name, data, options = {}) {
      if (!byName.has(name)) throw new Error(`Unknown job "${name}"`);
      const id = await boss.send(name, data, {
        ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
        ...(options.startAfter ? { startAfter: options.startAfter } : {}),
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      });
      if (!options.startAfterSeconds && !(options.startAfter && options.startAfter.getTime() > Date.now())) wake(name);
      return id;
    },
    async work(ctx) {
      for (const def of definitions) {
        const concurrency = def.concurrency ?? 1;
        for (let i = 0; i < concurrency; i++) {
          // The first job may arrive before work() has returned the worker's id.
          let workerId: string | undefined;
          workerId = await boss.work(def.name, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
            if (!job) return;
            // Look again right after this job rather than after a full interval: more may be waiting.
            if (workerId) boss.notifyWorker(workerId);
            await def.handler(def.data.parse(job.data), ctx);
          });
          workersOf.set(def.name, [...(workersOf.get(def.name) ?? []), workerId]);
        }
        if (def.schedule) await boss.schedule(def.name, def.schedule.cron, {}, { tz: def.schedule.tz ?? 'UTC' });
      }
    },
    async retry(name, id) {
      await boss.retry(name, id);
    },
    async stop() {
      // Graceful: running jobs get time to finish; what does not finish is released and retried later.
      await boss.stop({ graceful: true, wait: true, timeout: 20_000, close: true });
    },
  };
}
