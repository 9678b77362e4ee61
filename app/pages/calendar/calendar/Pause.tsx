// The crisis freeze on the calendar: "Pause all publishing" with a reason, the banner while paused
// (since when, by whom, why) with "Resume", and after resuming, what became of each queued post.
import { Anchor, Button, Group, List, Modal, Paper, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Brand } from '../../../api/types.ts';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';
import { ErrorAlert, fieldErrorsOf } from '../../../components/errors.tsx';
import { IconAlert, IconCheck, IconPause } from '../../../components/icons.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { isolate } from '../../../i18n/isolate.ts';
import { useCalendarPaths } from '../paths.ts';
import { usePauseBrand, useResumeBrand, type CalendarAnswer, type ResumeAnswer, type ResumedPost } from './api.ts';
import { counted } from './labels.ts';
import { groupResumed } from './resume.ts';

/** The server's own minimum (core/publish/contracts.ts pauseBody). */
const REASON_MIN = 3;

export function PauseButton({ brand }: { brand: Brand }) {
  const { t } = useTranslation();
  const pause = usePauseBrand(brand.id);
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const close = () => {
    setOpened(false);
    pause.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < REASON_MIN) {
      setReasonError(t('calendarArea.pause.reasonRequired'));
      return;
    }
    setReasonError(null);
    pause.mutate(reason.trim(), {
      onSuccess: () => {
        setOpened(false);
        setReason('');
      },
    });
  };
  return (
    <>
      <Button color="red" variant="light" leftSection={<IconPause size={16} />} onClick={() => setOpened(true)} data-testid="brand-pause">
        {t('calendarArea.pause.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('calendarArea.pause.title', { brand: isolate(brand.name) })} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('calendarArea.pause.explain')}</Text>
            <Textarea
              label={t('calendarArea.pause.reason')}
              description={t('calendarArea.pause.reasonHelp')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={reasonError ?? fieldErrorsOf(pause.error)['reason']}
              required
              autosize
              minRows={2}
              maxLength={500}
              data-autofocus
              data-testid="pause-reason"
            />
            <ErrorAlert error={pause.error} fields={['reason']} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={pause.isPending} data-testid="pause-confirm">
                {t('calendarArea.pause.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

interface PausedBannerProps {
  brand: Brand;
  /** The calendar answer's account of the freeze (it names who paused); the brand's own fields until it arrives. */
  paused: CalendarAnswer['paused'];
  canResume: boolean;
  onResumed: (answer: ResumeAnswer) => void;
}

export function PausedBanner({ brand, paused, canResume, onResumed }: PausedBannerProps) {
  const { t, i18n } = useTranslation();
  const resume = useResumeBrand(brand.id);
  const [asking, setAsking] = useState(false);
  const at = paused?.at ?? brand.pausedAt;
  const reason = (paused?.reason ?? brand.pausedReason ?? '').trim();
  const by = paused?.by?.name;
  const since = formatDateTime(at, i18n.language, brand.timeZone);
  return (
    <Paper withBorder p="md" bg="red.0" style={{ borderColor: 'var(--mantine-color-red-4)' }} role="status" data-testid="paused-banner">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Group align="flex-start" wrap="nowrap" gap="sm" style={{ flex: '1 1 320px', minWidth: 0 }}>
          <ThemeIcon color="red" variant="filled" size="lg" radius="xl">
            <IconPause size={18} />
          </ThemeIcon>
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={2} fz="md" c="red.9">
              {t('calendarArea.paused.title')}
            </Title>
            <Text size="sm" c="red.9">
              {by ? t('calendarArea.paused.sinceBy', { since, name: isolate(by) }) : t('calendarArea.paused.since', { since })}
            </Text>
            {reason && (
              <Text size="sm" c="red.9" style={{ overflowWrap: 'anywhere' }}>
                {t('calendarArea.paused.reason')}: <bdi>{reason}</bdi>
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {canResume ? t('calendarArea.paused.explain') : t('calendarArea.paused.explainReadOnly')}
            </Text>
          </Stack>
        </Group>
        {canResume && (
          <Button color="red" onClick={() => setAsking(true)} data-testid="brand-resume">
            {t('calendarArea.paused.resume')}
          </Button>
        )}
      </Group>
      <ConfirmModal
        opened={asking}
        title={t('calendarArea.paused.resumeTitle', { brand: isolate(brand.name) })}
        text={t('calendarArea.paused.resumeText')}
        confirmLabel={t('calendarArea.paused.resume')}
        danger={false}
        loading={resume.isPending}
        error={resume.error}
        onClose={() => {
          setAsking(false);
          resume.reset();
        }}
        onConfirm={() =>
          // The promise, not mutate's own onSuccess: resuming refreshes the brand, which removes this
          // banner, and a mutate callback of an unmounted component never runs — the result would be lost.
          resume.mutateAsync().then(
            (answer) => {
              setAsking(false);
              onResumed(answer);
            },
            () => {
              // Shown in the modal from resume.error.
            },
          )
        }
      />
    </Paper>
  );
}

/** After resuming: which posts went back on schedule, and which need someone, with why. */
export function ResumeResult({ brandId, result, onClose }: { brandId: string; result: ResumeAnswer | null; onClose: () => void }) {
  const { t } = useTranslation();
  const groups = groupResumed(result?.posts ?? []);
  return (
    <Modal opened={result !== null} onClose={onClose} title={t('calendarArea.resumed.title')} size="lg" centered>
      <Stack data-testid="resume-result">
        {result?.posts.length === 0 ? (
          <Text size="sm">{t('calendarArea.resumed.nothingQueued')}</Text>
        ) : (
          <>
            {groups.needAttention.length > 0 && (
              <Stack gap="xs" data-testid="resume-attention">
                <Title order={3} fz="sm" c="orange.9">
                  {counted(t, 'calendarArea.resumed.attention', groups.needAttention.length)}
                </Title>
                <List spacing="xs" size="sm" icon={<IconAlert size={16} color="var(--mantine-color-orange-7)" />}>
                  {groups.needAttention.map((post) => (
                    <ResumedItem key={post.postId} brandId={brandId} post={post} onOpen={onClose} />
                  ))}
                </List>
              </Stack>
            )}
            {groups.onSchedule.length > 0 && (
              <Stack gap="xs" data-testid="resume-on-schedule">
                <Title order={3} fz="sm" c="green.9">
                  {counted(t, 'calendarArea.resumed.onSchedule', groups.onSchedule.length)}
                </Title>
                <List spacing="xs" size="sm" icon={<IconCheck size={16} color="var(--mantine-color-green-7)" />}>
                  {groups.onSchedule.map((post) => (
                    <ResumedItem key={post.postId} brandId={brandId} post={post} onOpen={onClose} />
                  ))}
                </List>
              </Stack>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose} data-testid="resume-result-close">
            {t('calendarArea.resumed.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ResumedItem({ brandId, post, onOpen }: { brandId: string; post: ResumedPost; onOpen: () => void }) {
  const { t } = useTranslation();
  const paths = useCalendarPaths(brandId);
  return (
    <List.Item data-testid={`resumed-${post.postId}`} data-outcome={post.outcome}>
      <Anchor component={Link} to={paths.post(post.postId)} onClick={onOpen} size="sm" fw={500}>
        <bdi>{post.title || t('calendarArea.untitled')}</bdi>
      </Anchor>
      {post.outcome !== 'still_scheduled' && (
        <Text size="sm" c="dimmed">
          {t(`calendarArea.resumed.outcome.${post.outcome}`)}
        </Text>
      )}
    </List.Item>
  );
}
