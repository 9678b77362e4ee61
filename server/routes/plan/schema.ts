import { z } from 'zod';
import { PLAN_API_MESSAGES } from '../../../core/plan/messages.ts';
import { planContentSchema } from '../../../core/plan/plan.ts';

export const savePlanBody = z.strictObject({
  content: planContentSchema,
  changeNote: z.string().trim().max(500, PLAN_API_MESSAGES.changeNoteTooLong).default(''),
  baseVersion: z
    .number({ message: PLAN_API_MESSAGES.baseVersion })
    .int(PLAN_API_MESSAGES.baseVersion)
    .min(1, PLAN_API_MESSAGES.baseVersion)
    .nullable()
    .describe('The version the edit started from; null for the brand\'s first plan. A newer current version answers 409.'),
});

export const versionParam = z.coerce
  .number({ message: PLAN_API_MESSAGES.version })
  .int(PLAN_API_MESSAGES.version)
  .min(1, PLAN_API_MESSAGES.version);

export const listVersionsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1, 'Must be at least 1').max(100, 'Must be at most 100').default(50),
  cursor: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'The page cursor is not valid')
    .transform(Number)
    .optional(),
});
