import { z } from 'zod';
import { playbookContentSchema } from '../../../core/playbooks/content.ts';
import { TEMPLATE_KEYS } from '../../../core/playbooks/library.ts';
import { PLAYBOOK_REQUEST_MESSAGES } from '../../../core/playbooks/messages.ts';
import { localeSchema } from '../../../core/validation.ts';

const M = PLAYBOOK_REQUEST_MESSAGES;

export const libraryQuery = z.strictObject({
  locale: localeSchema.optional().describe('The language of the templates; English when left out'),
});

export const createPlaybookBody = z
  .strictObject({
    templateKey: z
      .enum(TEMPLATE_KEYS as [string, ...string[]], { message: M.templateUnknown })
      .optional()
      .describe('Copy this library playbook (or, with content, record that it was the starting point)'),
    locale: localeSchema.optional().describe('The language to copy the template in; the brand\'s language by default'),
    content: playbookContentSchema.optional().describe('The whole playbook; required unless templateKey is given'),
  })
  .refine((body) => body.templateKey !== undefined || body.content !== undefined, { message: M.templateOrContent, path: ['templateKey'] });

export const updatePlaybookBody = z.strictObject({
  content: playbookContentSchema,
  changeNote: z.string().trim().max(500, M.changeNoteTooLong).default(''),
  baseVersion: z
    .number({ message: M.version })
    .int(M.version)
    .min(1, M.version)
    .describe('The version the edit started from; a newer current version answers 409.'),
});

export const versionParam = z.coerce.number({ message: M.version }).int(M.version).min(1, M.version);

export const stepParam = z.coerce.number({ message: M.stepIndex }).int(M.stepIndex).min(0, M.stepIndex);

export const markStepBody = z.strictObject({
  note: z.string().trim().max(1000, M.noteTooLong).default(''),
});

export const finishDrillBody = z.strictObject({
  notes: z.string().trim().max(5000, M.drillNotesTooLong).default(''),
});

export const listDrillsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1, 'Must be at least 1').max(100, 'Must be at most 100').default(20),
});
