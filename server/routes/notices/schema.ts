import { z } from 'zod';
import { id } from '../common.ts';

/** The sentences of the notice routes' own rules. */
export const NOTICE_MESSAGES = {
  readWhich: 'Send either ids (the notices to mark read) or all: true',
} as const;

export const listNoticesQuery = z.strictObject({
  unread: z
    .enum(['true', 'false'], { message: 'Must be true or false' })
    .optional()
    .transform((v) => v === 'true')
    .describe('true: only the notices not read yet'),
  limit: z.coerce.number().int().min(1, 'Must be at least 1').max(100, 'Must be at most 100').default(50),
});

export const markReadBody = z
  .strictObject({
    ids: z.array(id()).min(1).max(500).optional(),
    all: z.literal(true).optional(),
  })
  .refine((b) => (b.ids === undefined) !== (b.all === undefined), { message: NOTICE_MESSAGES.readWhich, path: ['ids'] });
