// The editor checks a draft with the same schema the server uses; each English message of the
// schema (and of the server's own checks) has its translation under playbooksArea.validation.
import type { TFunction } from 'i18next';
import { NETWORKS, TEXT_LIMITS } from '../../../core/networks.ts';
import { PLAYBOOK_MESSAGES, playbookContentSchema, tooLongMessage, type PlaybookMessageKey } from '../../../core/playbooks/content.ts';
import { ApiError } from '../../api/client.ts';
import { networkLabel } from './labels.ts';

/** Field path relative to the content ("roles.0.userId") → message in the user's language. */
export type FieldErrors = Record<string, string>;

const KEY_OF_MESSAGE = new Map<string, PlaybookMessageKey>(
  (Object.entries(PLAYBOOK_MESSAGES) as [PlaybookMessageKey, string][]).map(([key, message]) => [message, key]),
);

const LENGTH_MESSAGES = new Map(
  NETWORKS.flatMap((network) => {
    const limit = TEXT_LIMITS[network];
    return limit === null ? [] : [[tooLongMessage(network, limit), { network, limit }] as const];
  }),
);

/** Our translation of a known English message; the server's own text (already in the reader's language) otherwise. */
export function translateMessage(t: TFunction, message: string): string {
  const key = KEY_OF_MESSAGE.get(message);
  if (key) return t(`playbooksArea.validation.${key}`);
  const length = LENGTH_MESSAGES.get(message);
  if (length) return t('playbooksArea.validation.tooLong', { network: networkLabel(t, length.network), limit: length.limit });
  return message;
}

/** Problems in a draft before it is sent. */
export function draftIssues(content: unknown, t: TFunction): FieldErrors {
  const result = playbookContentSchema.safeParse(content);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    const key = KEY_OF_MESSAGE.get(issue.message);
    errors[path] ??= key ? t(`playbooksArea.validation.${key}`) : t('playbooksArea.validation.invalid');
  }
  return errors;
}

/** Problems the server found in the content (it knows the team, the plan and the policy). */
export function serverIssues(error: unknown, t: TFunction): FieldErrors {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return {};
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.path.startsWith('content.')) errors[issue.path.slice('content.'.length)] ??= translateMessage(t, issue.message);
  }
  return errors;
}
