// When the policy refuses a post's new time (Shabbat, a memorial day, a blackout): the post is back
// where it was, and this says why in plain words. A brand manager may still move it, with a written
// reason that the audit log keeps.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, fieldErrorsOf } from '../../../components/errors.tsx';
import { FindingsList } from '../../../components/FindingsList.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { isolate } from '../../../i18n/isolate.ts';
import type { BlockedDetails, PostSummary } from './api.ts';

/** The server's own minimum (core/publish/contracts.ts overrideInput). */
const OVERRIDE_MIN = 10;

export interface RefusedMove {
  post: PostSummary;
  instant: string;
  details: BlockedDetails;
}

interface MoveRefusedProps {
  refused: RefusedMove | null;
  timeZone: string;
  onClose: () => void;
  /** Moves the post anyway with the reason; resolves when done, rejects with the API's error. */
  onOverride: (reason: string) => Promise<unknown>;
}

export function MoveRefused({ refused, timeZone, onClose, onOverride }: MoveRefusedProps) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const close = () => {
    setReason('');
    setReasonError(null);
    setError(null);
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < OVERRIDE_MIN) {
      setReasonError(t('calendarArea.moveRefused.reasonTooShort', { min: OVERRIDE_MIN }));
      return;
    }
    setReasonError(null);
    setSending(true);
    try {
      await onOverride(reason.trim());
      close();
    } catch (cause) {
      setError(cause);
    } finally {
      setSending(false);
    }
  };
  const when = refused ? formatDateTime(refused.instant, i18n.language, timeZone) : '';
  const title = refused ? refused.post.title || refused.post.excerpt : '';
  return (
    <Modal opened={refused !== null} onClose={close} title={t('calendarArea.moveRefused.title')} size="lg" centered>
      {refused && (
        <form onSubmit={submit} noValidate>
          <Stack data-testid="move-refused">
            <Text size="sm">{t('calendarArea.moveRefused.text', { title: isolate(title), when })}</Text>
            <FindingsList findings={refused.details.findings} />
            {refused.details.canOverride ? (
              <>
                <Textarea
                  label={t('calendarArea.moveRefused.reason')}
                  description={t('calendarArea.moveRefused.reasonHelp')}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  error={reasonError ?? fieldErrorsOf(error)['override']}
                  autosize
                  minRows={2}
                  maxLength={2000}
                  data-testid="move-override-reason"
                />
                <ErrorAlert error={error} fields={['override']} />
                <Group justify="flex-end">
                  <Button variant="default" onClick={close}>
                    {t('calendarArea.moveRefused.keep')}
                  </Button>
                  <Button type="submit" color="red" variant="light" loading={sending} data-testid="move-override">
                    {t('calendarArea.moveRefused.override')}
                  </Button>
                </Group>
              </>
            ) : (
              <>
                <Text size="sm" c="dimmed">
                  {t('calendarArea.moveRefused.askManager')}
                </Text>
                <Group justify="flex-end">
                  <Button onClick={close} data-testid="move-refused-close">
                    {t('calendarArea.moveRefused.ok')}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </form>
      )}
    </Modal>
  );
}
