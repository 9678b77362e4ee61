// The calendar page: the brand's posts by month, week or as a list, filtered by channel, campaign and
// status; this week's cadence against the plan and the silence alert beside it; and the crisis freeze
// (pause all publishing, and the banner with "Resume" while paused).
import type { DateClickInfo, DatesSetInfo, EventDropInfo } from '@fullcalendar/react';
import { Affix, Badge, Button, Grid, Group, Notification, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { publishMessage } from '../../../../core/publish/messages.ts';
import { POST_STATUSES } from '../../../../core/publish/types.ts';
import { addZonedDays, utcToZoned, zonedWeekStart } from '../../../../core/time/zoned.ts';
import { ApiError } from '../../../api/client.ts';
import { useSession } from '../../../api/hooks.ts';
import type { Brand } from '../../../api/types.ts';
import { BrandPicker } from '../../../components/BrandPicker.tsx';
import { EmptyBlock } from '../../../components/EmptyBlock.tsx';
import { useErrorText } from '../../../components/errors.tsx';
import { IconBroadcast, IconPlus } from '../../../components/icons.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { LoadFailed } from '../../../components/states.tsx';
import type { SelectedBrand } from '../../../components/useSelectedBrand.ts';
import { useWorkspaceContext } from '../../../components/workspaceContext.ts';
import { formatDateTime, utcOffsetLabel } from '../../../i18n/format.ts';
import { isolate } from '../../../i18n/isolate.ts';
import { useCalendarPaths } from '../paths.ts';
import { useCalendar, useCampaigns, useChannels, useReschedule, type BlockedDetails, type CalendarRange, type Post, type ResumeAnswer } from './api.ts';
import { CadencePanel } from './CadencePanel.tsx';
import { mayReschedule, postEvents, STATUS_COLORS, windowEvents, type PostEventProps, type Viewer } from './events.ts';
import { FilterBar } from './FilterBar.tsx';
import { matchesFilters, NO_CAMPAIGN, readDate, readFilters, readView, writeFilters } from './filters.ts';
import { MoveRefused, type RefusedMove } from './MoveRefused.tsx';
import { PauseButton, PausedBanner, ResumeResult } from './Pause.tsx';
import { PostCalendar, viewOfFc } from './PostCalendar.tsx';

/** The week (Sunday to Sunday, in the brand's zone) the cadence panel counts. */
function currentWeek(timeZone: string): CalendarRange {
  const start = zonedWeekStart(new Date(), timeZone);
  return { from: start.toISOString(), to: addZonedDays(start, 7, timeZone).toISOString() };
}

type Notice = { kind: 'moved'; title: string; when: string; toReview: boolean } | { kind: 'error'; error: unknown };

const NOTICE_MS = 8_000;

export function CalendarHome({ selection, brand }: { selection: SelectedBrand; brand: Brand }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { workspaceId, canOnBrand } = useWorkspaceContext();
  const session = useSession();
  const paths = useCalendarPaths(brand.id);
  const [params, setParams] = useSearchParams();
  const timeZone = brand.timeZone;
  const lang = i18n.language === 'he' ? 'he' : 'en';

  const filters = useMemo(() => readFilters(params), [params]);
  // Read from the address once; afterwards the calendar leads and the address follows it.
  const [shown, setShown] = useState(() => ({ view: readView(params), date: readDate(params) }));
  const [initialDate] = useState(shown.date);
  const view = shown.view;
  const [range, setRange] = useState<CalendarRange | null>(null);
  const weekRange = useMemo(() => currentWeek(timeZone), [timeZone]);

  const calendar = useCalendar(brand.id, range);
  const week = useCalendar(brand.id, weekRange);
  const channels = useChannels(brand.id);
  const campaigns = useCampaigns(brand.id);
  const reschedule = useReschedule(brand.id);

  const [notice, setNotice] = useState<Notice | null>(null);
  const [refused, setRefused] = useState<RefusedMove | null>(null);
  const [resumed, setResumed] = useState<ResumeAnswer | null>(null);

  useEffect(() => {
    if (notice?.kind !== 'moved') return;
    const timer = window.setTimeout(() => setNotice(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const mayWrite = canOnBrand('post.create', brand.id);
  const canPause = canOnBrand('brand.pause', brand.id);
  const viewer: Viewer = useMemo(
    () => ({ userId: session.data?.user.id ?? null, mayWrite, isManager: canOnBrand('post.publish', brand.id) }),
    [session.data?.user.id, mayWrite, canOnBrand, brand.id],
  );

  const answer = calendar.data;
  const visiblePosts = useMemo(() => (answer?.posts ?? []).filter((p) => matchesFilters(p, filters)), [answer, filters]);
  const campaignsById = useMemo(() => new Map((campaigns.data ?? []).map((c) => [c.id, c])), [campaigns.data]);
  const events = useMemo(
    () => [...postEvents(visiblePosts, viewer, campaignsById), ...windowEvents(answer?.windows ?? [], view === 'week' ? 'hours' : 'days', timeZone, lang)],
    [visiblePosts, viewer, campaignsById, answer?.windows, view, timeZone, lang],
  );

  const paused = week.data ? week.data.paused : brand.pausedAt ? { at: brand.pausedAt, reason: brand.pausedReason ?? '', by: null } : null;
  const oneCampaign = filters.campaigns.length === 1 && filters.campaigns[0] !== NO_CAMPAIGN ? filters.campaigns[0] : undefined;
  const newPostHref = mayWrite ? paths.newPost({ campaign: oneCampaign }) : null;

  // The address follows the calendar without adding a history entry for every step.
  const changeParams = (change: (current: URLSearchParams) => URLSearchParams) =>
    setParams((current) => change(new URLSearchParams(current)), { replace: true });

  const onDatesSet = (info: DatesSetInfo) => {
    const next = { from: info.start.toISOString(), to: info.end.toISOString() };
    setRange((current) => (current?.from === next.from && current.to === next.to ? current : next));
    const now = { view: viewOfFc(info.view.type), date: utcToZoned(info.view.currentStart, timeZone).date };
    setShown((current) => (current.view === now.view && current.date === now.date ? current : now));
  };

  // The address follows what the calendar shows, in one update, so a copied link opens the same view.
  useEffect(() => {
    if (params.get('view') === shown.view && params.get('date') === shown.date) return;
    changeParams((p) => {
      p.set('view', shown.view);
      if (shown.date) p.set('date', shown.date);
      return p;
    });
    // Only a change of what is shown moves the address: other parameters (filters, brand) change on their own.
  }, [shown]);

  const onPickTime = (info: DateClickInfo) => {
    if (info.view.type.startsWith('list')) return;
    if (info.allDay) {
      const date = info.dateStr.slice(0, 10);
      // A day already over cannot take a post; today still can.
      if (date < utcToZoned(new Date(), timeZone).date) return;
      navigate(paths.newPost({ date, campaign: oneCampaign }));
      return;
    }
    if (info.date.getTime() < Date.now()) return;
    const local = utcToZoned(info.date, timeZone);
    navigate(paths.newPost({ date: local.date, time: local.time, campaign: oneCampaign }));
  };

  const moved = (before: PostEventProps['post'], after: Post) =>
    setNotice({
      kind: 'moved',
      title: before.title || before.excerpt,
      when: formatDateTime(after.scheduledAt, i18n.language, timeZone),
      // A new time that raises something for a manager (a memorial day, say) sends the post back to review.
      toReview: after.status === 'in_review' && before.status !== 'in_review',
    });

  const onMovePost = (info: EventDropInfo) => {
    const post = (info.event.extendedProps as Partial<PostEventProps>).post;
    if (!post || !info.event.start || !mayReschedule(post, viewer)) {
      info.revert();
      return;
    }
    const instant = info.event.start.toISOString();
    setNotice(null);
    reschedule.mutate(
      { postId: post.id, instant },
      {
        onSuccess: ({ post: after }) => moved(post, after),
        onError: (error) => {
          info.revert();
          if (error instanceof ApiError && error.code === 'blocked_by_policy') {
            setRefused({ post, instant, details: error.details as unknown as BlockedDetails });
          } else {
            setNotice({ kind: 'error', error });
          }
        },
      },
    );
  };

  // A refused time (already past, say) comes as a validation issue in the reader's language: say that, not "some fields need attention".
  const refusalText = (error: unknown) =>
    error instanceof ApiError && error.issues.length > 0 ? error.issues.map((issue) => issue.message).join(' ') : errorText(error);

  const noChannels = channels.data !== undefined && channels.data.length === 0;
  const filteredOut = answer !== undefined && answer.posts.length > 0 && visiblePosts.length === 0;
  const nothingInRange = answer !== undefined && answer.posts.length === 0;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('calendarArea.title')}
        description={t('calendarArea.description')}
        actions={
          <>
            <BrandPicker selection={selection} />
            <Button variant="default" component={Link} to={paths.campaigns} data-testid="calendar-campaigns">
              {t('calendarArea.campaignsLink')}
            </Button>
            {canPause && !paused && <PauseButton brand={brand} />}
            {newPostHref && (
              <Button component={Link} to={newPostHref} leftSection={<IconPlus size={16} />} data-testid="new-post">
                {t('calendarArea.newPost')}
              </Button>
            )}
          </>
        }
      />

      {paused && <PausedBanner brand={brand} paused={paused} canResume={canPause} onResumed={setResumed} />}

      {noChannels && (
        <EmptyBlock
          testId="calendar-empty"
          icon={<IconBroadcast size={28} />}
          title={t('calendarArea.empty.title', { brand: isolate(brand.name) })}
          description={canOnBrand('channel.manage', brand.id) ? t('calendarArea.empty.text') : t('calendarArea.empty.textReadOnly')}
        >
          {canOnBrand('channel.manage', brand.id) && (
            <Button component={Link} to={`/w/${workspaceId}/settings/channels?brand=${encodeURIComponent(brand.id)}`} data-testid="calendar-connect-channel">
              {t('calendarArea.empty.connect')}
            </Button>
          )}
        </EmptyBlock>
      )}

      {notice && (
        // Beside the calendar, wherever the page is scrolled: the drag that caused it is in view.
        <Affix position={{ bottom: 20, [i18n.dir() === 'rtl' ? 'left' : 'right']: 20 }} zIndex={200}>
          <Notification
            w={420}
            maw="calc(100vw - 40px)"
            color={notice.kind === 'moved' ? 'green' : 'red'}
            title={notice.kind === 'moved' ? t('calendarArea.moved.title') : t('calendarArea.moved.failed')}
            onClose={() => setNotice(null)}
            closeButtonProps={{ 'aria-label': t('calendarArea.moved.dismiss') }}
            withBorder
            role={notice.kind === 'moved' ? 'status' : 'alert'}
            data-testid="calendar-notice"
          >
            {notice.kind === 'moved'
              ? `${t('calendarArea.moved.text', { title: isolate(notice.title), when: notice.when })}${notice.toReview ? ` ${t('calendarArea.moved.toReview')}` : ''}`
              : refusalText(notice.error)}
          </Notification>
        </Affix>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 9 }}>
          <Paper withBorder p="md">
            <FilterBar
              filters={filters}
              channels={channels.data ?? []}
              campaigns={campaigns.data ?? []}
              onChange={(change) => changeParams((p) => writeFilters(p, change))}
            />
            {calendar.error ? <LoadFailed error={calendar.error} onRetry={() => void calendar.refetch()} /> : null}
            {filteredOut && (
              <Text size="sm" c="dimmed" mb="xs" data-testid="calendar-filtered-out">
                {t('calendarArea.filters.nothingMatches')}
              </Text>
            )}
            {nothingInRange && !noChannels && (
              <Text size="sm" c="dimmed" mb="xs" data-testid="calendar-nothing-planned">
                {mayWrite ? t('calendarArea.nothingPlanned') : t('calendarArea.nothingPlannedReadOnly')}
              </Text>
            )}
            <PostCalendar
              events={events}
              view={view}
              initialDate={initialDate}
              timeZone={timeZone}
              loading={calendar.isFetching}
              onDatesSet={onDatesSet}
              onOpenPost={(postId) => navigate(paths.post(postId))}
              onPickTime={mayWrite ? onPickTime : null}
              onMovePost={onMovePost}
            />
            <Legend timeZone={timeZone} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <CadencePanel brandId={brand.id} timeZone={timeZone} week={week.data} error={week.error} newPostHref={newPostHref} />
        </Grid.Col>
      </Grid>

      <MoveRefused
        refused={refused}
        timeZone={timeZone}
        onClose={() => setRefused(null)}
        onOverride={async (reason) => {
          if (!refused) return;
          const { post: after } = await reschedule.mutateAsync({ postId: refused.post.id, instant: refused.instant, overrideReason: reason });
          moved(refused.post, after);
        }}
      />
      <ResumeResult brandId={brand.id} result={resumed} onClose={() => setResumed(null)} />
    </Stack>
  );
}

/** What the colours mean (each status, the shaded windows), and the zone the times are in. */
function Legend({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'he' ? 'he' : 'en';
  return (
    <Group gap="xs" mt="md" wrap="wrap" aria-label={t('calendarArea.legend.label')} data-testid="calendar-legend">
      {POST_STATUSES.map((status) => (
        <Badge key={status} variant="light" color={STATUS_COLORS[status]} tt="none" size="sm" className={`brc-legend brc-status-${status}`}>
          {publishMessage(`status.${status}`, lang)}
        </Badge>
      ))}
      <Text size="xs" c="dimmed">
        {t('calendarArea.legend.windows')}{' '}
        {t('calendarArea.legend.timeZone', { zone: isolate(timeZone), offset: isolate(utcOffsetLabel(timeZone)) })}
      </Text>
    </Group>
  );
}
