// The playbooks area's answers, as zod schemas shared by the server (serialization, OpenAPI) and the app.
import { z } from 'zod';
import { isoDate } from '../contracts.ts';
import { findingSchema } from '../policy/contracts.ts';
import { playbookContentShape, SCENARIOS, tierSchema } from './content.ts';
import { drillStepRecordSchema } from './drill.ts';

const personRef = z.object({ id: z.string(), name: z.string() });

/** Content as stored and answered; a library template has no people yet, so no minimum here. */
export const playbookContentView = playbookContentShape.extend({ authorizedResponders: z.array(z.string()) });

export const playbookGapSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role_unassigned'), roleKey: z.string() }),
  z.object({ kind: z.literal('role_without_backup'), roleKey: z.string() }),
  z.object({ kind: z.literal('no_statement'), language: z.enum(['he', 'en']) }),
  z.object({ kind: z.literal('no_triggers') }),
]);

export const playbookTemplateSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  content: playbookContentView,
});

export const drillSummarySchema = z.object({
  id: z.string(),
  startedAt: isoDate,
  finishedAt: isoDate.nullable(),
  totalSeconds: z.number().int().nullable(),
  withinTarget: z.boolean().nullable(),
});

export const playbookSummarySchema = z.object({
  id: z.string(),
  brandId: z.string(),
  name: z.string(),
  scenario: z.enum(SCENARIOS),
  templateKey: z.string().nullable(),
  version: z.number().int(),
  tiers: z.array(tierSchema),
  pauseScheduledPosts: z.boolean(),
  stepCount: z.number().int(),
  authorizedResponderCount: z.number().int(),
  gaps: z.array(playbookGapSchema),
  updatedAt: isoDate,
  lastDrill: drillSummarySchema.nullable(),
});

export const playbookPersonSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });

export const playbookSchema = z.object({
  id: z.string(),
  brandId: z.string(),
  templateKey: z.string().nullable(),
  version: z.number().int(),
  content: playbookContentView,
  changeNote: z.string(),
  author: personRef.nullable(),
  /** When this version was saved. */
  savedAt: isoDate,
  createdAt: isoDate,
  /** The people the content names, so every reader sees names without the member list. */
  people: z.array(playbookPersonSchema),
  gaps: z.array(playbookGapSchema),
});

/** A policy finding on a holding statement that did not block the save (approval, warn, info). */
export const statementWarningSchema = z.object({
  /** Where in the body: `content.holdingStatements.N.text`. */
  path: z.string(),
  finding: findingSchema,
});

export const savedPlaybookSchema = z.object({
  playbook: playbookSchema,
  warnings: z.array(statementWarningSchema),
});

export const playbookVersionSummarySchema = z.object({
  version: z.number().int(),
  name: z.string(),
  changeNote: z.string(),
  author: personRef.nullable(),
  savedAt: isoDate,
});

export const drillStepSchema = drillStepRecordSchema.omit({ doneBy: true }).extend({
  doneBy: personRef.nullable(),
  seconds: z.number().int().nullable(),
  elapsedSeconds: z.number().int().nullable(),
  late: z.boolean(),
});

export const drillSchema = z.object({
  id: z.string(),
  playbookId: z.string(),
  version: z.number().int(),
  /** The tier the drill rehearses (the most severe of that version) and its response-time target. */
  tier: tierSchema,
  startedBy: personRef.nullable(),
  startedAt: isoDate,
  finishedAt: isoDate.nullable(),
  notes: z.string(),
  steps: z.array(drillStepSchema),
  doneCount: z.number().int(),
  totalSeconds: z.number().int().nullable(),
  withinTarget: z.boolean().nullable(),
});
