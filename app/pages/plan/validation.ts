// The wizard checks a draft with the same schema the server uses; each English message of the
// schema has its translation under planArea.validation, keyed as in PLAN_MESSAGES.
import type { TFunction } from 'i18next';
import { PLAN_MESSAGES, planContentSchema, type PlanMessageKey } from '../../../core/plan/plan.ts';
import { ApiError } from '../../api/client.ts';

/** Field path ("kpis.0.target") → message in the user's language, first problem per field. */
export type FieldErrors = Record<string, string>;

const KEY_OF_MESSAGE = new Map<string, PlanMessageKey>(
  (Object.entries(PLAN_MESSAGES) as [PlanMessageKey, string][]).map(([key, message]) => [message, key]),
);

/** Problems in a draft; it may hold what the schema refuses (a KPI whose target is still empty). */
export function planIssues(content: unknown, t: TFunction): FieldErrors {
  const result = planContentSchema.safeParse(content);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    const key = KEY_OF_MESSAGE.get(issue.message);
    errors[path] ??= key ? t(`planArea.validation.${key}`) : t('planArea.validation.invalid');
  }
  return errors;
}

/** Problems the server found in the content (it knows the team), with paths relative to the content. */
export function serverIssues(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return {};
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.path.startsWith('content.')) errors[issue.path.slice('content.'.length)] ??= issue.message;
  }
  return errors;
}

/** The errors under one part of the plan (a wizard step's section). */
export function errorsUnder(errors: FieldErrors, section: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => path === section || path.startsWith(`${section}.`)));
}
