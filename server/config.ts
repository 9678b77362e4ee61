// Configuration comes from the environment only; every variable is listed in the README.
import path from 'node:path';
import { z } from 'zod';
import { StartupError } from './startup-error.ts';

export const ROLES_OF_PROCESS = ['all', 'api', 'worker'] as const;
export type ProcessRole = (typeof ROLES_OF_PROCESS)[number];

const flag = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no'], { message: 'use 1 or 0' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['1', 'true', 'yes'].includes(v)));

const envSchema = z.object({
  PORT: z.coerce.number({ message: 'must be a number' }).int().min(0).max(65535, 'must be at most 65535').default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => !v || /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  BRANDROOM_DATA_DIR: z.string().default('./data'),
  BRANDROOM_DEMO: flag(true),
  PUBLIC_URL: z.url({ message: 'must be a full URL like https://brandroom.example.com' }).optional(),
  SMTP_URL: z
    .string()
    .optional()
    .refine((v) => !v || /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://'),
  MAIL_FROM: z.string().default('Brandroom <no-reply@localhost>'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24 * 14),
  TRUST_PROXY: flag(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
});

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
  trustProxy: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  bodyLimitBytes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StartupError(`Configuration error: ${String(issue.path[0])} ${issue.message}.`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || null,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: path.resolve(e.BRANDROOM_DATA_DIR),
    demo: e.BRANDROOM_DEMO,
    publicUrl: e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/$/, '') : null,
    smtpUrl: e.SMTP_URL || null,
    mailFrom: e.MAIL_FROM,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
  };
}
