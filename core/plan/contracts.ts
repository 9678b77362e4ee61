// The plan API's answers, shared by the server (serializes and documents with them) and the app
// (derives its types), like core/contracts.ts for the workspace.
import { z } from 'zod';
import { isoDate } from '../contracts.ts';
import { planContentSchema } from './plan.ts';

const person = z.object({ id: z.string(), name: z.string() });

export const planVersionSummarySchema = z.object({
  version: z.number().int(),
  changeNote: z.string(),
  /** null when the author's account was deleted. */
  author: person.nullable(),
  createdAt: isoDate,
});

export const planVersionSchema = planVersionSummarySchema.extend({
  content: planContentSchema,
  /** Names of the members the time budget mentions, for readers who may not list the team. */
  people: z.array(person),
});

export const planAnswerSchema = z.object({ plan: planVersionSchema.nullable() });
export const planVersionsAnswerSchema = z.object({ items: z.array(planVersionSummarySchema) });
