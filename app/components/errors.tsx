// Turning API errors into sentences in the user's language, and validation issues into field errors.
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { IconAlert } from './icons.tsx';

export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error: unknown) => {
    if (!(error instanceof ApiError)) return t('errors.unknown');
    if (error.code === 'too_many_attempts') {
      const seconds = Number(error.details['retryAfterSeconds']);
      const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
      return t('errors.too_many_attempts', { count: minutes });
    }
    return t(`errors.${error.code}`, { defaultValue: error.message || t('errors.unknown') });
  };
}

/** Validation issues keyed by field path (`email`, `brandIds`), first message per field. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return {};
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (field && !(field in result)) result[field] = issue.message;
  }
  return result;
}

interface ErrorAlertProps {
  error: unknown;
  /** Fields the form shows errors beside; issues for other paths are listed in the alert. */
  fields?: readonly string[];
  title?: string;
}

export function ErrorAlert({ error, fields = [], title }: ErrorAlertProps) {
  const errorText = useErrorText();
  if (!error) return null;
  const stray =
    error instanceof ApiError ? error.issues.filter((issue) => !fields.includes(issue.path.split('.')[0] ?? '')) : [];
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title={title} role="alert" data-testid="error-alert">
      {errorText(error)}
      {stray.length > 0 && (
        <List size="sm" mt="xs">
          {stray.map((issue) => (
            <List.Item key={`${issue.path}:${issue.message}`}>{issue.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
