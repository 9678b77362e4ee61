// The shapes the HTTP API answers with, as zod schemas: the server serializes and documents its
// answers with them (OpenAPI), and the app derives its types from them, so the two cannot drift.
import { z } from 'zod';
import { ROLES } from './permissions.ts';

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const roleEnum = z.enum(ROLES);
export const localeEnum = z.enum(['he', 'en']);
export const isoDate = z.string().describe('ISO-8601 timestamp, UTC');

export const userSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), locale: localeEnum.nullable() });
export const workspaceSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['company', 'agency']),
  role: roleEnum,
});
export const sessionSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  workspaces: z.array(workspaceSummarySchema),
});

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['company', 'agency']),
  createdAt: isoDate,
});

export const brandSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  primaryLanguage: localeEnum,
  timeZone: z.string(),
  description: z.string(),
  /** The crisis freeze: while set, nothing of the brand publishes. */
  pausedAt: isoDate.nullable(),
  pausedReason: z.string().nullable(),
  archivedAt: isoDate.nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const memberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleEnum,
  brandIds: z.array(z.string()).nullable(),
  joinedAt: isoDate,
});


export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: isoDate,
  lastUsedAt: isoDate.nullable(),
  expiresAt: isoDate.nullable(),
  revokedAt: isoDate.nullable(),
});

export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleEnum,
  brandIds: z.array(z.string()).nullable(),
  invitedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: isoDate,
  expiresAt: isoDate,
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
});

export const invitationPreviewSchema = z.object({
  workspaceId: z.string(),
  workspaceName: z.string(),
  email: z.string(),
  role: roleEnum,
  brandNames: z.array(z.string()),
  invitedByName: z.string(),
  expiresAt: isoDate,
  userExists: z.boolean(),
});

export const auditEventSchema = z.object({
  id: z.string(),
  at: isoDate,
  actor: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  via: z.string().describe("'session', 'token:<name>' or 'system'"),
  action: z.string(),
  brandId: z.string().nullable(),
  brandName: z.string().nullable(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  summary: z.object({ before: z.record(z.string(), z.unknown()).optional(), after: z.record(z.string(), z.unknown()).optional() }),
  ip: z.string().nullable(),
});

export const failedJobSchema = z.object({
  id: z.string(),
  name: z.string(),
  error: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdOn: isoDate,
  failedOn: isoDate.nullable(),
  retryCount: z.number(),
});

export const workspaceWithMe = z.object({
  workspace: workspaceSchema,
  me: z.object({ memberId: z.string(), role: roleEnum, brandIds: z.array(z.string()).nullable() }),
});
