// Schema pieces shared by the routes: ids, the error shape, pages, and the entities' JSON forms.
import { z } from 'zod';
import { ROLES } from '../../core/permissions.ts';

export const id = () => z.uuid({ message: 'Must be an id (UUID)' });

export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }),
});

export const errors = (...statuses: (400 | 401 | 403 | 404 | 409 | 410 | 413 | 429)[]) =>
  Object.fromEntries(statuses.map((s) => [s, errorSchema])) as Record<number, typeof errorSchema>;

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const isoDate = z.string().describe('ISO-8601 timestamp, UTC');
export const roleEnum = z.enum(ROLES);
export const localeEnum = z.enum(['he', 'en']);

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

export const brandScopeInput = z
  .array(id())
  .max(500)
  .nullable()
  .describe('null: every brand of the workspace; a list: only these brands');
