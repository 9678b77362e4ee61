import { z } from 'zod';
import { emailSchema, localeSchema, passwordSchema, personNameSchema } from '../../../core/validation.ts';

export const loginBody = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, 'Password is required').max(200, 'Password is too long'),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'Current password is required').max(200),
  newPassword: passwordSchema,
});

export const updateMeBody = z.strictObject({
  name: personNameSchema.optional(),
  locale: localeSchema.optional(),
});


export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1, 'Give the token a name, e.g. "reporting script"').max(100, 'Name is too long'),
  expiresInDays: z.number().int().min(1, 'At least 1 day').max(3650, 'At most 3650 days').nullable().optional(),
});
