// Shared input rules, so the app and the server reject the same things with the same words.
import { z } from 'zod';
import { ROLES } from './permissions.ts';

export const LOCALES = ['he', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'Email address is too long')
  .pipe(z.email({ message: 'Enter a valid email address, like name@example.com' }))
  .transform((s) => s.toLowerCase());

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`);

export const personNameSchema = z.string().trim().min(1, 'Name is required').max(120, 'Name is too long');

export const roleSchema = z.enum(ROLES, { message: `Role must be one of: ${ROLES.join(', ')}` });
export const localeSchema = z.enum(LOCALES, { message: 'Language must be "he" or "en"' });

/** IANA time zone names that this runtime knows, e.g. Asia/Jerusalem. */
export const timeZoneSchema = z
  .string()
  .refine(isKnownTimeZone, { message: 'Unknown time zone; use an IANA name such as Asia/Jerusalem' });

export function isKnownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const WORKSPACE_KINDS = ['company', 'agency'] as const;
export type WorkspaceKind = (typeof WORKSPACE_KINDS)[number];

export const brandNameSchema = z.string().trim().min(1, 'Brand name is required').max(100, 'Brand name is too long');
export const workspaceNameSchema = z
  .string()
  .trim()
  .min(1, 'Workspace name is required')
  .max(100, 'Workspace name is too long');
