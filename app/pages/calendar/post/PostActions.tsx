// What the reader may do with the post now (the server's `can`): edit, submit, move to another time,
// take back to draft, try the failed channels again, delete. Each says what it will do before it does.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import type { Brand } from '../../../api/types.ts';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useCalendarPaths } from '../paths.ts';
import { blockedDetails, useDeletePost, usePostAction, useReschedulePost, useSubmitPost, type Channel, type Post } from '../composer/api.ts';
import { BlockedPanel } from '../composer/BlockedPanel.tsx';
import { checkSchedule, formOfPost, scheduleInputOf } from '../composer/form.ts';
import { editPath } from '../composer/PostForm.tsx';
import { ScheduleFields, type ScheduleValue } from '../composer/ScheduleFields.tsx';

interface PostActionsProps {
  brand: Brand;
  post: Post;
  channels: readonly Channel[];
  onDone: (message: string) => void;
}

export function PostActions({ brand, post, channels, onDone }: PostActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const paths = useCalendarPaths(brand.id);
  const action = usePostAction(brand.id);
  const remove = useDeletePost(brand.id);
  const [asking, setAsking] = useState<'submit' | 'reschedule' | 'cancel' | 'delete' | null>(null);
  const { can } = post;

  const run = (kind: 'cancel' | 'retry') =>
    action.mutate(
      { postId: post.id, action: kind },
      {
        onSuccess: () => {
          setAsking(null);
          onDone(t(kind === 'cancel' ? 'composeArea.post.cancelled' : 'composeArea.post.retried'));
        },
      },
    );

  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm" justify="flex-end">
        {can.edit && (
          <Button component={Link} to={editPath(paths.post(post.id))} variant={can.submit ? 'default' : 'filled'} data-testid="post-edit">
            {t('composeArea.post.edit')}
          </Button>
        )}
        {can.submit && (
          <Button onClick={() => setAsking('submit')} data-testid="post-submit">
            {t('composeArea.actions.submit')}
          </Button>
        )}
        {can.reschedule && (
          <Button variant="default" onClick={() => setAsking('reschedule')} data-testid="post-reschedule">
            {t('composeArea.post.reschedule')}
          </Button>
        )}
        {can.retry && (
          <Button color="orange" onClick={() => run('retry')} loading={action.isPending && action.variables?.action === 'retry'} data-testid="post-retry">
            {t('composeArea.post.retry')}
          </Button>
        )}
        {can.cancel && (
          <Button variant="default" color="red" onClick={() => setAsking('cancel')} data-testid="post-cancel">
            {t('composeArea.post.cancel')}
          </Button>
        )}
        {can.delete && (
          <Button variant="subtle" color="red" onClick={() => setAsking('delete')} data-testid="post-delete">
            {t('composeArea.post.delete')}
          </Button>
        )}
      </Group>
      {asking === null && <ErrorAlert error={action.error} />}

      {asking === 'submit' && (
        <SubmitModal
          brand={brand}
          post={post}
          channels={channels}
          onClose={() => setAsking(null)}
          onDone={() => {
            setAsking(null);
            onDone(t('composeArea.post.submitted'));
          }}
        />
      )}
      {asking === 'reschedule' && (
        <RescheduleModal
          brand={brand}
          post={post}
          channels={channels}
          onClose={() => setAsking(null)}
          onDone={() => {
            setAsking(null);
            onDone(t('composeArea.post.rescheduled'));
          }}
        />
      )}
      <ConfirmModal
        opened={asking === 'cancel'}
        title={t('composeArea.post.cancelTitle')}
        text={t('composeArea.post.cancelText')}
        confirmLabel={t('composeArea.post.cancel')}
        loading={action.isPending}
        error={action.error}
        onClose={() => setAsking(null)}
        onConfirm={() => run('cancel')}
      />
      <ConfirmModal
        opened={asking === 'delete'}
        title={t('composeArea.post.deleteTitle')}
        text={t('composeArea.post.deleteText')}
        confirmLabel={t('composeArea.post.delete')}
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setAsking(null)}
        // The promise: the refresh after deleting unmounts this page, and mutate's own callback would not run.
        onConfirm={() => remove.mutateAsync(post.id).then(() => navigate(paths.home, { replace: true }), () => undefined)}
      />
    </Stack>
  );
}

interface ModalProps {
  brand: Brand;
  post: Post;
  channels: readonly Channel[];
  onClose: () => void;
  onDone: () => void;
}

/** Submitting from the post page, at the time the post already has (or as soon as approved). */
function SubmitModal({ brand, post, channels, onClose, onDone }: ModalProps) {
  const { t, i18n } = useTranslation();
  const submit = useSubmitPost(brand.id);
  const blocked = blockedDetails(submit.error);
  const send = (reason: string | null) => submit.mutate({ postId: post.id, body: reason ? { override: { reason } } : {} }, { onSuccess: onDone });
  return (
    <Modal opened onClose={onClose} title={t('composeArea.post.submitTitle')} size="lg" centered>
      <Stack gap="sm">
        <Text size="sm">
          {post.scheduledAt
            ? t('composeArea.post.submitAt', { date: formatDateTime(post.scheduledAt, i18n.language, brand.timeZone) })
            : t('composeArea.post.submitAsap')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('composeArea.actions.submitHelp')}
        </Text>
        {blocked ? (
          <BlockedPanel details={blocked} channels={channels.length ? channels : post.variants.map((v) => ({ id: v.channelId, network: v.network, account: v.account }))} onOverride={send} pending={submit.isPending} actionLabel={t('composeArea.blocked.submitAnyway')} reasonTestId="post-override-reason" />
        ) : (
          <ErrorAlert error={submit.error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {!blocked && (
            <Button onClick={() => send(null)} loading={submit.isPending} data-testid="post-submit-confirm">
              {t('composeArea.actions.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

/** A new time for the post; the policy is checked again for it (a memorial day, a blackout). */
function RescheduleModal({ brand, post, channels, onClose, onDone }: ModalProps) {
  const { t } = useTranslation();
  const reschedule = useReschedulePost(brand.id);
  const [value, setValue] = useState<ScheduleValue>(() => {
    const { when, date, time } = formOfPost(post, brand.timeZone);
    return { when, date, time };
  });
  const check = checkSchedule(value, brand.timeZone, new Date());
  const input = scheduleInputOf(value);
  const blocked = blockedDetails(reschedule.error);
  const serverError = reschedule.error instanceof ApiError ? reschedule.error.issues.find((i) => i.path === 'schedule')?.message ?? null : null;
  const refused = check.kind === 'gap' || check.kind === 'past' || check.kind === 'invalid';
  const send = (reason: string | null) => {
    if (!input || refused) return;
    reschedule.mutate({ postId: post.id, body: { schedule: input, ...(reason ? { override: { reason } } : {}) } }, { onSuccess: onDone });
  };
  const approved = ['in_review', 'approved', 'scheduled', 'failed'].includes(post.status);
  return (
    <Modal opened onClose={onClose} title={t('composeArea.post.rescheduleTitle')} size="lg" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send(null);
        }}
      >
        <Stack gap="sm">
          <ScheduleFields
            timeZone={brand.timeZone}
            value={value}
            onChange={(next) => {
              setValue(next);
              reschedule.reset();
            }}
            check={check} serverError={serverError} idPrefix="reschedule" />
          {approved && (
            <Text size="xs" c="dimmed">
              {t('composeArea.post.rescheduleHelp')}
            </Text>
          )}
          {blocked ? (
            <BlockedPanel details={blocked} channels={channels} onOverride={send} pending={reschedule.isPending} actionLabel={t('composeArea.blocked.moveAnyway')} reasonTestId="reschedule-override-reason" />
          ) : (
            !serverError && <ErrorAlert error={reschedule.error} />
          )}
          {!input && value.when === 'at' && (
            <Alert color="gray" variant="light">
              {t('composeArea.problems.no_time')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reschedule.isPending} disabled={!input || refused || blocked !== null} data-testid="reschedule-save">
              {t('composeArea.post.rescheduleSave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
