import { z } from 'zod';
import { policySectionsSchema } from '../../../core/policy/document.ts';

export const savePolicyBody = z.strictObject({
  sections: policySectionsSchema,
  changeNote: z.string().trim().max(500, 'The change note is 500 characters at most').default(''),
  baseVersion: z.number().int().positive().nullable().describe('The version you edited (null for the first); another save meanwhile answers 409'),
});

export const acknowledgeBody = z.strictObject({
  policyVersionId: z.uuid({ message: 'Must be an id (UUID)' }),
});

export const versionParam = z.coerce.number({ message: 'Must be a version number' }).int().positive();
