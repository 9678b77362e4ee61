// What every route and job can reach: configuration, the database, the job queue and the mailer.
import type { SecretBox } from '../crypto/secret-box.ts';
import type { Config } from '../config.ts';
import type { ConnectorRegistry } from '../connectors/registry.ts';
import type { Database, Db } from '../db/connect.ts';
import type { JobQueue } from '../jobs/queue.ts';
import type { Mailer } from '../mail/mailer.ts';

export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  jobs: JobQueue;
  mailer: Mailer | null;
  /** Seals and opens secrets kept in the database; null on PostgreSQL without BRANDROOM_SECRET_KEY. */
  secrets: SecretBox | null;
  /** One connector per network (server/connectors/); tests may give ones with shorter timeouts. */
  connectors: ConnectorRegistry;
}

/** Who is calling: a browser session or a personal API token, always on behalf of a user. */
export interface RequestAuth {
  userId: string;
  via: 'session' | 'token';
  sessionId: string | null;
  csrfToken: string | null;
  tokenId: string | null;
  tokenName: string | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}
