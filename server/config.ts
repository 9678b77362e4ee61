// Configuration comes from the environment only; every variable is listed in the README.
import path from 'node:path';
import { z } from 'zod';
import { StartupError } from './startup-error.ts';

export const ROLES_OF_PROCESS = ['all', 'api', 'worker'] as const;
export type ProcessRole = (typeof ROLES_OF_PROCESS)[number];

const optionalFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'], { message: 'use 1 or 0' })
  .optional()
  .transform((v) => (v === undefined ? undefined : ['1', 'true', 'yes'].includes(v)));

const envSchema = z.object({
  PORT: z.coerce.number({ message: 'must be a number' }).int().min(0).max(65535, 'must be at most 65535').default(3000),
  // Only this machine by default: the demo's logins are public. HOST=0.0.0.0 opens it to the network.
  HOST: z.string().default('localhost'),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => !v || /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  BRANDROOM_DATA_DIR: z.string().default('./data'),
  BRANDROOM_DEMO: optionalFlag,
  PUBLIC_URL: z.url({ message: 'must be a full URL like https://brandroom.example.com' }).optional(),
  SMTP_URL: z
    .string()
    .optional()
    .refine((v) => !v || /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://'),
  MAIL_FROM: z.string().default('Brandroom <no-reply@localhost>'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24 * 14),
  TRUST_PROXY: z.coerce
    .number({ message: 'must be the number of proxies in front of Brandroom (0 for none)' })
    .int()
    .min(0)
    .max(10)
    .default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  BRANDROOM_SECRET_KEY: z.string().optional(),
  BRANDROOM_ALLOW_PRIVATE_NETWORK: optionalFlag,
  MEDIA_MAX_BYTES: z.coerce.number({ message: 'must be a number of bytes' }).int().min(1024).default(16 * 1024 * 1024),
  MEDIA_STORE: z.enum(['directory', 's3'], { message: 'use directory or s3' }).default('directory'),
  S3_ENDPOINT: z.url({ message: 'must be a full URL like https://s3.eu-central-1.amazonaws.com' }).optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: optionalFlag,
});

export interface S3Config {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** bucket in the path (MinIO, most self-hosted stores) rather than in the host name. */
  forcePathStyle: boolean;
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  databasePoolSize: number;
  dataDir: string;
  demo: boolean;
  publicUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  sessionTtlHours: number;
  /** How many reverse proxies stand in front: their X-Forwarded-* hops are trusted, no more. */
  trustProxy: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  bodyLimitBytes: number;
  /** Base64 key for secrets at rest; null: generated into the data directory (embedded database only). */
  secretKey: string | null;
  /** Outgoing requests (webhooks, Mastodon instances, PDS URLs) may reach private and loopback addresses. */
  allowPrivateNetwork: boolean;
  mediaMaxBytes: number;
  /** null: media files go to the data directory. */
  s3: S3Config | null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StartupError(`Configuration error: ${String(issue.path[0])} ${issue.message}.`);
  }
  const e = parsed.data;
  if (e.MEDIA_STORE === 's3') {
    const missing = (['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((k) => !e[k]);
    if (missing.length) throw new StartupError(`Configuration error: MEDIA_STORE=s3 needs ${missing.join(', ')}.`);
  }
  if (e.SMTP_URL && !e.PUBLIC_URL) {
    // Emailed links must not take their host from a request's Host header, which a client chooses.
    throw new StartupError('Configuration error: SMTP_URL needs PUBLIC_URL too (the address people use, e.g. https://brandroom.example.com), for the links in emails.');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || null,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: path.resolve(e.BRANDROOM_DATA_DIR),
    // The demo (with its published passwords) is for trying Brandroom on the embedded database; on
    // PostgreSQL it only appears when asked for.
    demo: e.BRANDROOM_DEMO ?? !e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/$/, '') : null,
    smtpUrl: e.SMTP_URL || null,
    mailFrom: e.MAIL_FROM,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    secretKey: e.BRANDROOM_SECRET_KEY || null,
    allowPrivateNetwork: e.BRANDROOM_ALLOW_PRIVATE_NETWORK ?? false,
    mediaMaxBytes: e.MEDIA_MAX_BYTES,
    s3:
      e.MEDIA_STORE === 's3'
        ? {
            endpoint: e.S3_ENDPOINT!.replace(/\/$/, ''),
            region: e.S3_REGION,
            bucket: e.S3_BUCKET!,
            accessKeyId: e.S3_ACCESS_KEY_ID!,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
            forcePathStyle: e.S3_FORCE_PATH_STYLE ?? true,
          }
        : null,
  };
}
