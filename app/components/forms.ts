import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * onSubmit for a form with one required text field (a name), checked here so an empty one never
 * reaches the server; `error` is what to show beside the field until the next submit.
 */
export function useRequiredSubmit(value: string, send: () => void) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) {
      setError(t('validation.required'));
      return;
    }
    setError(null);
    send();
  };
  return { error, submit };
}
