import { z } from 'zod';
import { WORKSPACE_KINDS, workspaceNameSchema } from '../../../core/validation.ts';

export const createWorkspaceBody = z.strictObject({
  name: workspaceNameSchema,
  kind: z.enum(WORKSPACE_KINDS, { message: 'Must be "company" or "agency"' }),
});

export const updateWorkspaceBody = z.strictObject({
  name: workspaceNameSchema.optional(),
  kind: z.enum(WORKSPACE_KINDS, { message: 'Must be "company" or "agency"' }).optional(),
});

