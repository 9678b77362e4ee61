// The policy area's answers, as zod schemas shared by the server (serialization, OpenAPI) and the app.
import { z } from 'zod';
import { isoDate, roleEnum } from '../contracts.ts';
import { NETWORKS } from '../networks.ts';
import { SECTION_KEYS } from './document.ts';
import { RULE_KINDS, SEVERITIES } from './types.ts';

const localized = z.object({ he: z.string(), en: z.string() });
const personRef = z.object({ id: z.string(), name: z.string() });

export const policyVersionSchema = z.object({
  id: z.string(),
  scope: z.enum(['brand', 'workspace']),
  brandId: z.string().nullable(),
  version: z.number().int(),
  sections: z.array(z.object({ key: z.enum(SECTION_KEYS), title: z.string(), body: z.string() })),
  changeNote: z.string(),
  author: personRef.nullable(),
  createdAt: isoDate,
});

export const myAcknowledgementSchema = z.object({
  required: z.boolean().describe('Whether your role speaks for the brand and so must acknowledge'),
  policyVersionId: z.string().nullable(),
  acknowledgedAt: isoDate.nullable(),
});

export const acknowledgementStatusSchema = z.object({
  policyVersionId: z.string().nullable(),
  version: z.number().int().nullable(),
  members: z.array(
    z.object({ userId: z.string(), name: z.string(), email: z.string(), role: roleEnum, acknowledgedAt: isoDate.nullable() }),
  ),
});

export const ruleSchema = z.object({
  id: z.string(),
  scope: z.enum(['brand', 'workspace']),
  brandId: z.string().nullable(),
  kind: z.enum(RULE_KINDS),
  name: z.string(),
  severity: z.enum(SEVERITIES),
  enabled: z.boolean(),
  config: z.record(z.string(), z.unknown()),
  templateKey: z.string().nullable(),
  position: z.number().int(),
  /** A workspace rule this brand replaced with its own copy (same template) does not apply to it. */
  overridden: z.boolean(),
  updatedAt: isoDate,
});

export const findingSchema = z.object({
  ruleId: z.string(),
  ruleName: z.string(),
  kind: z.enum(RULE_KINDS),
  severity: z.enum(SEVERITIES),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  match: z.string(),
  message: localized,
  suggestion: localized.nullable(),
});

export const checkResultSchema = z.object({
  findings: z.array(findingSchema),
  /** Something blocks submission. */
  blocked: z.boolean(),
  /** Something needs a manager's approval. */
  needsApproval: z.boolean(),
  policyVersion: z.number().int().nullable(),
  network: z.enum(NETWORKS).nullable(),
  /** How long the draft is for that network, and its limit (null: no limit). */
  length: z.object({ count: z.number().int(), limit: z.number().int().nullable() }),
});
