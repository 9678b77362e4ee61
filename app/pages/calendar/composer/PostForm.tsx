// The one form that writes a post and edits it: title, text (checked against the policy as it is
// typed), link, images, the channels with a version and a live preview each, the time on the brand's
// clock, the campaign. Save keeps a draft; Submit sends it to its approval steps, and a policy block
// is shown with its findings, with a written override for a brand manager.
import { Alert, Badge, Button, Checkbox, Grid, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useNavigate } from 'react-router';
import { NETWORK_NAMES } from '../../../../core/networks.ts';
import { ApiError } from '../../../api/client.ts';
import type { Brand } from '../../../api/types.ts';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';
import { EmptyBlock } from '../../../components/EmptyBlock.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { IconBroadcast } from '../../../components/icons.tsx';
import { Saved } from '../../../components/Saved.tsx';
import { LoadFailed, PageLoader } from '../../../components/states.tsx';
import { useWorkspaceContext } from '../../../components/workspaceContext.ts';
import { useCalendarPaths } from '../paths.ts';
import { blockedDetails, useCampaigns, useChannels, useCreatePost, useSubmitPost, useUpdatePost, type BlockedDetails, type Post } from './api.ts';
import { BlockedPanel } from './BlockedPanel.tsx';
import { ChannelCard } from './ChannelCard.tsx';
import { CheckedText } from './CheckedText.tsx';
import {
  checkInstant,
  checkSchedule,
  contentChanged,
  createBody,
  formOfPost,
  isDirty,
  newForm,
  problemsOf,
  submitBody,
  timeChanged,
  toggleChannel,
  updateBody,
  type ComposerForm,
  type MediaDraft,
} from './form.ts';
import { channelName, languageOf, problemText } from './labels.ts';
import { MediaField } from './MediaField.tsx';
import { PausedBanner } from './PausedBanner.tsx';
import { ScheduleFields } from './ScheduleFields.tsx';

/** Carried to the post page after the composer moves there, so it can say what just happened. */
export interface ComposerOutcome {
  outcome?: 'saved' | 'submitted';
  /** A submission that failed after the draft was created: shown again on the edit page. */
  submitError?: { status: number; code: string; message: string; details: Record<string, unknown> };
  /** The time chosen for that submission ("as soon as approved" is not kept on a draft). */
  schedule?: Pick<ComposerForm, 'when' | 'date' | 'time'>;
}

export const editPath = (postPath: string) => `${postPath}${postPath.includes('?') ? '&' : '?'}edit=1`;

interface PostFormProps {
  brand: Brand;
  /** The post being edited; absent for a new one. */
  post?: Post;
  prefill?: { date?: string | null; time?: string | null; campaign?: string | null };
  /** A submission's failure (and its time) carried over from the new-post page. */
  carried?: ComposerOutcome | null;
}

export function PostForm({ brand, post, prefill = {}, carried }: PostFormProps) {
  const carriedError = carried?.submitError;
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const navigate = useNavigate();
  const paths = useCalendarPaths(brand.id);
  const { workspaceId, canOnBrand } = useWorkspaceContext();
  const channelsQuery = useChannels(brand.id);
  const campaignsQuery = useCampaigns(brand.id);
  const create = useCreatePost(brand.id);
  const update = useUpdatePost(brand.id);
  const submit = useSubmitPost(brand.id);

  const [initial] = useState(() => ({ ...(post ? formOfPost(post, brand.timeZone) : newForm(prefill)), ...carried?.schedule }));
  const [baseline, setBaseline] = useState(initial);
  const [form, setFormState] = useState(initial);
  const [revision, setRevision] = useState(post?.revision ?? 0);
  const [blocked, setBlocked] = useState<BlockedDetails | null>(() => blockedDetails(revive(carriedError)) ?? blockedAfterEdit(post));
  const [failure, setFailure] = useState<unknown>(() => (blockedDetails(revive(carriedError)) ? null : revive(carriedError)));
  const [showProblems, setShowProblems] = useState(false);
  const [savedNote, setSavedNote] = useState(false);
  const [confirmResubmit, setConfirmResubmit] = useState(false);
  const leaving = useRef(false);

  const setForm = (change: (f: ComposerForm) => ComposerForm) => {
    setSavedNote(false);
    setFormState(change);
  };

  const channels = useMemo(() => channelsQuery.data ?? [], [channelsQuery.data]);
  const now = new Date();
  const schedule = checkSchedule(form, brand.timeZone, now);
  const at = checkInstant(schedule);
  const problems = problemsOf(form, channels, schedule, !post || timeChanged(form, baseline));
  const dirty = isDirty(form, baseline);
  const [submitting, setSubmitting] = useState(false);
  const busy = create.isPending || update.isPending || submitting;
  const status = post?.status ?? 'draft';
  const submittable = status === 'draft' || status === 'changes_requested';
  const resubmits = post !== undefined && ['in_review', 'approved', 'scheduled', 'failed'].includes(status);
  const removed = form.channelIds.filter((id) => channelsQuery.data && !channels.some((c) => c.id === id));

  // Leaving with unsaved work asks first; moving on after a save or a submission does not.
  const blocker = useBlocker(
    ({ currentLocation: from, nextLocation: to }) => dirty && !leaving.current && `${from.pathname}${from.search}` !== `${to.pathname}${to.search}`,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const go = (to: string, state: ComposerOutcome) => {
    leaving.current = true;
    void navigate(to, { replace: !post, state });
  };

  /** Saves what the form holds; answers the saved post, or null when it could not. */
  const save = async (): Promise<Post | null> => {
    setFailure(null);
    if (problems.save.length > 0 || removed.length > 0) {
      setShowProblems(true);
      return null;
    }
    try {
      if (!post && revision === 0) {
        const { post: created } = await create.mutateAsync(createBody(form));
        return created;
      }
      if (!dirty && post) return null;
      const { post: saved } = await update.mutateAsync({ postId: post!.id, body: updateBody(form, baseline, revision) });
      setRevision(saved.revision);
      setBaseline(form);
      return saved;
    } catch (error) {
      setFailure(error);
      return null;
    }
  };

  const onSave = async () => {
    setBlocked(null);
    const saved = await save();
    if (!saved) return;
    if (!post) go(editPath(paths.post(saved.id)), { outcome: 'saved' });
    else {
      setSavedNote(true);
      // An edit of a submitted post is checked again; a new block sends it back to a draft.
      setBlocked(blockedAfterEdit(saved));
    }
  };

  const onSubmit = async (overrideReason: string | null = null) => {
    setFailure(null);
    if (problems.submit.length > 0 || removed.length > 0) {
      setShowProblems(true);
      return;
    }
    setSubmitting(true);
    try {
      await saveAndSubmit(overrideReason);
    } finally {
      setSubmitting(false);
    }
  };

  const saveAndSubmit = async (overrideReason: string | null) => {
    let target = post ?? null;
    if (!post || dirty) {
      target = await save();
      if (!target) return;
    }
    try {
      await submit.mutateAsync({ postId: target!.id, body: submitBody(form, overrideReason) });
      go(paths.post(target!.id), { outcome: 'submitted' });
    } catch (error) {
      if (!post) {
        // The draft exists now: carry on on its own page, where the failure is shown again.
        const e = error instanceof ApiError ? error : new ApiError(0, 'unknown', '');
        go(editPath(paths.post(target!.id)), {
          submitError: { status: e.status, code: e.code, message: e.message, details: e.details },
          schedule: { when: form.when, date: form.date, time: form.time },
        });
        return;
      }
      setBaseline(form);
      const details = blockedDetails(error);
      setBlocked(details);
      if (!details) setFailure(error);
    }
  };

  if (channelsQuery.isLoading) return <PageLoader />;
  if (channelsQuery.error) return <LoadFailed error={channelsQuery.error} onRetry={() => void channelsQuery.refetch()} />;

  const canConnect = canOnBrand('channel.manage', brand.id);
  const settingsPath = `/w/${workspaceId}/settings/channels?brand=${encodeURIComponent(brand.id)}`;
  if (channels.length === 0 && form.channelIds.length === 0) {
    return (
      <Stack gap="lg">
        <PausedBanner brand={brand} />
        <EmptyBlock
          title={t('composeArea.channels.emptyTitle')}
          description={canConnect ? t('composeArea.channels.emptyText') : t('composeArea.channels.emptyTextAsk')}
          icon={<IconBroadcast size={28} />}
          testId="composer-no-channels"
        >
          {canConnect && (
            <Button component={Link} to={settingsPath}>
              {t('composeArea.channels.connect')}
            </Button>
          )}
        </EmptyBlock>
      </Stack>
    );
  }

  // In the brand's own order of channels, whatever order they were ticked in.
  const chosen = channels.filter((c) => form.channelIds.includes(c.id));
  const altMax = chosen.length ? Math.min(...chosen.filter((c) => !form.variants[c.id]?.ownMedia).map((c) => c.capabilities.altTextMax), Infinity) : null;
  const campaigns = campaignsQuery.data ?? [];
  const campaignOptions = [
    ...campaigns.map((c) => ({ value: c.id, label: c.name })),
    ...(form.campaignId && !campaigns.some((c) => c.id === form.campaignId) && !campaignsQuery.isLoading ? [{ value: form.campaignId, label: t('composeArea.fields.archivedCampaign') }] : []),
  ];
  const shownProblems = showProblems ? problems.submit : [];
  const generalProblems = shownProblems.filter((p) => !('channelId' in p) || p.channelId === null);
  const updateMedia = (change: (media: MediaDraft[]) => MediaDraft[]) => setForm((f) => ({ ...f, media: change(f.media) }));
  const scheduleError = failure instanceof ApiError ? failure.issues.find((i) => i.path === 'schedule')?.message ?? null : null;
  const stale = failure instanceof ApiError && failure.code === 'stale_revision';

  return (
    <Stack gap="lg">
      <PausedBanner brand={brand} />
      {post && resubmits && (
        <Alert color="blue" variant="light" data-testid="composer-resubmit-note">
          {status === 'failed' ? t('composeArea.edit.failedNote') : t('composeArea.edit.reviewNote')}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p="md">
              <Stack gap="md">
                <TextInput
                  label={t('composeArea.fields.title')}
                  description={t('composeArea.fields.titleHelp')}
                  value={form.title}
                  onChange={(event) => {
                    const title = event.currentTarget.value;
                    setForm((f) => ({ ...f, title }));
                  }}
                  maxLength={200}
                  dir="auto"
                  data-testid="composer-title"
                />
                <CheckedText
                  id="composer-text"
                  brandId={brand.id}
                  label={t('composeArea.fields.text')}
                  description={t('composeArea.fields.textHelp')}
                  value={form.body}
                  onChange={(body) => setForm((f) => ({ ...f, body }))}
                  network={null}
                  at={at}
                  paid={form.paid}
                  testId="composer-text"
                  placeholder={t('composeArea.fields.textPlaceholder')}
                />
                <TextInput
                  label={t('composeArea.fields.link')}
                  description={t('composeArea.fields.linkHelp')}
                  placeholder="https://"
                  value={form.link}
                  onChange={(event) => {
                    const link = event.currentTarget.value;
                    setForm((f) => ({ ...f, link }));
                  }}
                  type="url"
                  dir="ltr"
                  data-testid="composer-link"
                />
                <MediaField brandId={brand.id} media={form.media} update={updateMedia} altMax={altMax === Infinity ? null : altMax} testId="media-input" label={t('composeArea.media.label')} />
              </Stack>
            </Paper>

            <Paper withBorder radius="md" p="md" component="fieldset" style={{ margin: 0 }}>
              <Stack gap="sm">
                <Title order={2} fz="md" component="legend" style={{ padding: 0 }}>
                  {t('composeArea.channels.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('composeArea.channels.help')}
                </Text>
                {channels.map((channel) => (
                  <Checkbox
                    key={channel.id}
                    checked={form.channelIds.includes(channel.id)}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setForm((f) => toggleChannel(f, channel.id, on));
                    }}
                    data-testid={`composer-channel-${channel.id}`}
                    label={
                      <Group gap={6} wrap="wrap">
                        <span>{NETWORK_NAMES[channel.network]}</span>
                        <Text span c="dimmed" size="sm" dir="ltr">
                          {channel.account}
                        </Text>
                        {channel.demo && (
                          <Badge size="xs" variant="light" color="gray">
                            {t('composeArea.channels.demo')}
                          </Badge>
                        )}
                        {channel.status === 'needs_reconnect' && (
                          <Badge size="xs" variant="light" color="red">
                            {t('composeArea.channels.needsReconnect')}
                          </Badge>
                        )}
                      </Group>
                    }
                    description={
                      channel.status === 'needs_reconnect'
                        ? t('composeArea.channels.needsReconnectHelp')
                        : channel.demo
                          ? t('composeArea.channels.demoHelp')
                          : undefined
                    }
                  />
                ))}
                {removed.map((id) => {
                  const gone = post?.variants.find((v) => v.channelId === id);
                  return (
                    <Checkbox
                      key={id}
                      checked
                      color="red"
                      onChange={() => setForm((f) => toggleChannel(f, id, false))}
                      label={gone ? channelName(gone) : t('composeArea.channels.removedUnknown')}
                      description={t('composeArea.channels.removed')}
                      data-testid={`composer-channel-${id}`}
                    />
                  );
                })}
                {channels.some((c) => c.status === 'needs_reconnect') && canConnect && (
                  <Text size="sm">
                    <Link to={settingsPath}>{t('composeArea.channels.manage')}</Link>
                  </Text>
                )}
              </Stack>
            </Paper>

            <Paper withBorder radius="md" p="md">
              <Stack gap="md">
                <Title order={2} fz="md">
                  {t('composeArea.schedule.title')}
                </Title>
                <ScheduleFields
                  timeZone={brand.timeZone}
                  value={form}
                  onChange={(when) => setForm((f) => ({ ...f, ...when }))}
                  check={schedule}
                  serverError={scheduleError}
                  idPrefix="composer"
                />
                <Group gap="md" align="flex-end" wrap="wrap">
                  <Select
                    label={t('composeArea.fields.campaign')}
                    placeholder={t('composeArea.fields.noCampaign')}
                    data={campaignOptions}
                    value={form.campaignId}
                    onChange={(campaignId) => setForm((f) => ({ ...f, campaignId }))}
                    clearable
                    searchable
                    w={280}
                    nothingFoundMessage={t('composeArea.fields.noCampaigns')}
                    data-testid="composer-campaign"
                    comboboxProps={{ withinPortal: true }}
                  />
                  <Checkbox
                    label={t('composeArea.fields.paid')}
                    description={t('composeArea.fields.paidHelp')}
                    checked={form.paid}
                    onChange={(event) => {
                      const paid = event.currentTarget.checked;
                      setForm((f) => ({ ...f, paid }));
                    }}
                    data-testid="composer-paid"
                    mb={4}
                  />
                </Group>
              </Stack>
            </Paper>

            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                {generalProblems.length > 0 && (
                  <Alert color="red" variant="light" title={t('composeArea.problems.title')} data-testid="composer-problems" role="alert">
                    <Stack gap={4}>
                      {generalProblems.map((p, i) => (
                        <Text key={i} size="sm">
                          {problemText(t, p, channels, lang)}
                        </Text>
                      ))}
                    </Stack>
                  </Alert>
                )}
                {shownProblems.length > generalProblems.length && (
                  <Text size="sm" c="red.8" role="alert">
                    {t('composeArea.problems.onChannels')}
                  </Text>
                )}
                {removed.length > 0 && showProblems && (
                  <Text size="sm" c="red.8">
                    {t('composeArea.problems.removed')}
                  </Text>
                )}
                {blocked && (
                  <BlockedPanel
                    details={blocked}
                    channels={channels}
                    onOverride={(reason) => void onSubmit(reason)}
                    pending={submitting}
                    actionLabel={t('composeArea.blocked.submitAnyway')}
                    reasonTestId="composer-override-reason"
                  />
                )}
                {stale ? (
                  <Alert color="red" variant="light" role="alert" data-testid="composer-stale">
                    <Stack gap="xs" align="flex-start">
                      <Text size="sm">{t('composeArea.edit.stale')}</Text>
                      <Button size="xs" variant="default" onClick={() => window.location.reload()}>
                        {t('composeArea.edit.reload')}
                      </Button>
                    </Stack>
                  </Alert>
                ) : (
                  !scheduleError && <ErrorAlert error={failure} />
                )}
                <Group justify="space-between" gap="sm" wrap="wrap">
                  <Group gap="sm">
                    {(!post || submittable) && (
                      <Button
                        onClick={() => void onSubmit()}
                        loading={submitting}
                        disabled={busy && !submitting}
                        data-testid="composer-submit"
                      >
                        {t('composeArea.actions.submit')}
                      </Button>
                    )}
                    <Button
                      variant={!post || submittable ? 'default' : 'filled'}
                      onClick={() => (resubmits && contentChanged(form, baseline) ? setConfirmResubmit(true) : void onSave())}
                      loading={(create.isPending || update.isPending) && !submitting}
                      disabled={busy || (post !== undefined && !dirty)}
                      data-testid="composer-save"
                    >
                      {!post || submittable ? t('composeArea.actions.saveDraft') : t('composeArea.actions.saveChanges')}
                    </Button>
                    {savedNote && <Saved text={t('composeArea.actions.saved')} />}
                  </Group>
                  <Button component={Link} to={post ? paths.post(post.id) : paths.home} variant="subtle" color="gray">
                    {post ? t('composeArea.actions.backToPost') : t('composeArea.actions.backToCalendar')}
                  </Button>
                </Group>
                {(!post || submittable) && (
                  <Text size="xs" c="dimmed">
                    {t('composeArea.actions.submitHelp')}
                  </Text>
                )}
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Title order={2} fz="md">
              {t('composeArea.variant.title')}
            </Title>
            {chosen.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="composer-no-channel-chosen">
                {t('composeArea.variant.none')}
              </Text>
            ) : (
              chosen.map((channel) => (
                <ChannelCard key={channel.id} brandId={brand.id} channel={channel} channels={channels} form={form} setForm={setForm} at={at} problems={showProblems ? problems.submit : problems.submit.filter((p) => p.code === 'too_long')} />
              ))
            )}
          </Stack>
        </Grid.Col>
      </Grid>

      <ConfirmModal
        opened={confirmResubmit}
        title={status === 'failed' ? t('composeArea.edit.confirmFailedTitle') : t('composeArea.edit.confirmTitle')}
        text={status === 'failed' ? t('composeArea.edit.failedNote') : t('composeArea.edit.confirmText')}
        confirmLabel={t('composeArea.actions.saveChanges')}
        danger={false}
        loading={update.isPending}
        onClose={() => setConfirmResubmit(false)}
        onConfirm={() => {
          setConfirmResubmit(false);
          void onSave();
        }}
      />
      <ConfirmModal
        opened={blocker.state === 'blocked'}
        title={t('composeArea.leave.title')}
        text={t('composeArea.leave.text')}
        confirmLabel={t('composeArea.leave.confirm')}
        onClose={() => blocker.reset?.()}
        onConfirm={() => blocker.proceed?.()}
      />
    </Stack>
  );
}

/** A post the policy sent back to a draft after an edit: its blocking findings, as a refused submission shows them. */
function blockedAfterEdit(post: Post | undefined): BlockedDetails | null {
  if (!post || post.problem !== 'blocked_by_policy') return null;
  return { findings: post.findings.filter((f) => f.severity === 'block'), canOverride: post.can.override };
}

function revive(carried: ComposerOutcome['submitError']): ApiError | null {
  return carried ? new ApiError(carried.status, carried.code, carried.message, carried.details) : null;
}
