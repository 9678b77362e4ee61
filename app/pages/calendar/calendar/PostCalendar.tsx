// The calendar itself (FullCalendar 7): month, week and list views in the brand's time zone, Hebrew
// and right-to-left in Hebrew, with our own toolbar in Mantine so every control is a real button with
// a label. Posts open on click, a free day or hour opens the composer, and a post is dragged to a new
// time. FullCalendar 7 handles named time zones itself, through temporal-polyfill: no plugin needed.
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/breezy/theme.css';
import './calendar.css';
import FullCalendar, { useCalendarController } from '@fullcalendar/react';
import type { CalendarController, DateClickInfo, DatesSetInfo, EventDisplayInfo, EventDropInfo, EventInput } from '@fullcalendar/react';
import breezyTheme from '@fullcalendar/react/themes/breezy';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import heLocale from '@fullcalendar/react/locales/he';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import { Button, Group, Loader, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../../../core/networks.ts';
import { publishMessage } from '../../../../core/publish/messages.ts';
import { IconCalendar, IconChevronDown, IconClock, IconList } from '../../../components/icons.tsx';
import { networkLabel } from '../../../components/networkLabel.ts';
import type { PostEventProps } from './events.ts';
import type { CalendarView } from './filters.ts';

const FC_VIEWS: Record<CalendarView, string> = { month: 'dayGridMonth', week: 'timeGridWeek', list: 'listMonth' };
const VIEW_ICONS = { month: IconCalendar, week: IconClock, list: IconList } as const;

export function viewOfFc(type: string): CalendarView {
  return type.startsWith('timeGrid') ? 'week' : type.startsWith('list') ? 'list' : 'month';
}

const propsOf = (extendedProps: Record<string, unknown>) => {
  const props = extendedProps as Partial<PostEventProps>;
  return props.kind === 'post' && props.post ? (props as PostEventProps) : null;
};
const postOf = (extendedProps: Record<string, unknown>) => propsOf(extendedProps)?.post ?? null;

interface PostCalendarProps {
  events: EventInput[];
  view: CalendarView;
  /** 'YYYY-MM-DD' to open on, or null for today. */
  initialDate: string | null;
  timeZone: string;
  loading: boolean;
  onDatesSet: (info: DatesSetInfo) => void;
  onOpenPost: (postId: string) => void;
  /** Null when the viewer may not write posts: free days and hours then do nothing. */
  onPickTime: ((info: DateClickInfo) => void) | null;
  onMovePost: (info: EventDropInfo) => void;
}

export function PostCalendar(props: PostCalendarProps) {
  const { t, i18n } = useTranslation();
  const controller = useCalendarController();
  const hebrew = i18n.language === 'he';
  return (
    <div className="brc-calendar" data-testid="calendar" data-view={props.view} aria-busy={props.loading}>
      <Toolbar controller={controller} view={props.view} timeZone={props.timeZone} loading={props.loading} />
      <FullCalendar
        controller={controller}
        plugins={[breezyTheme, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
        headerToolbar={false}
        initialView={FC_VIEWS[props.view]}
        initialDate={props.initialDate ?? undefined}
        timeZone={props.timeZone}
        locale={hebrew ? heLocale : 'en-GB'}
        direction={hebrew ? 'rtl' : 'ltr'}
        // The Israeli week starts on Sunday, and the plan's weekly cadence counts from Sunday too.
        firstDay={0}
        // The month grows with its weeks; the week scrolls inside its own frame, opening at 07:00.
        height={props.view === 'week' ? 760 : 'auto'}
        events={props.events}
        eventDisplay="block"
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        // A post is a moment: its start is its time, the half hour it is drawn with is not an end.
        displayEventEnd={false}
        eventMinHeight={40}
        slotHeaderFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        scrollTime="06:30:00"
        nowIndicator
        dayMaxEvents={4}
        noEventsText={t('calendarArea.listEmpty')}
        eventInteractive
        editable
        eventDurationEditable={false}
        // Nothing moves into the past: the server would refuse it anyway.
        eventAllow={(span) => span.end.getTime() > Date.now()}
        eventContent={(info) => <PostEventContent info={info} />}
        eventDidMount={(info) => {
          const post = postOf(info.event.extendedProps);
          // The mirror that follows the pointer during a drag is not the post's element.
          if (post && !info.isMirror) {
            info.el.setAttribute('data-testid', `calendar-event-${post.id}`);
            info.el.setAttribute('data-status', post.status);
          }
        }}
        eventClick={(info) => {
          const post = postOf(info.event.extendedProps);
          if (!post) return;
          info.jsEvent.preventDefault();
          props.onOpenPost(post.id);
        }}
        dateClick={props.onPickTime ?? undefined}
        eventDrop={props.onMovePost}
        datesSet={props.onDatesSet}
      />
    </div>
  );
}

/** Our toolbar: FullCalendar's own is turned off. A view change reaches the page through datesSet. */
function Toolbar({ controller, view, timeZone, loading }: { controller: CalendarController; view: CalendarView; timeZone: string; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const shown = controller.view;
  // A week is named by its days ("22–28 Nov 2026"); FullCalendar would name only its month.
  const title =
    shown && view === 'week'
      ? new Intl.DateTimeFormat(i18n.language === 'he' ? 'he-IL' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).formatRange(
          shown.currentStart,
          new Date(shown.currentEnd.getTime() - 1),
        )
      : (shown?.title ?? '');
  const rtl = i18n.language === 'he';
  const buttons = controller.getButtonState();
  // One chevron drawn four ways: "previous" points back in the reading direction.
  const back = rtl ? -90 : 90;
  return (
    <Group justify="space-between" wrap="wrap" gap="sm" mb="sm">
      <Group gap="xs" wrap="nowrap">
        <Button.Group>
          <Button
            variant="default"
            px="xs"
            onClick={() => controller.prev()}
            disabled={buttons.prev.isDisabled}
            aria-label={t('calendarArea.toolbar.previous')}
            title={t('calendarArea.toolbar.previous')}
            data-testid="calendar-prev"
          >
            <IconChevronDown size={18} style={{ transform: `rotate(${back}deg)` }} />
          </Button>
          <Button
            variant="default"
            px="xs"
            onClick={() => controller.next()}
            disabled={buttons.next.isDisabled}
            aria-label={t('calendarArea.toolbar.next')}
            title={t('calendarArea.toolbar.next')}
            data-testid="calendar-next"
          >
            <IconChevronDown size={18} style={{ transform: `rotate(${-back}deg)` }} />
          </Button>
        </Button.Group>
        <Button variant="default" onClick={() => controller.today()} disabled={buttons.today.isDisabled} data-testid="calendar-today">
          {t('calendarArea.toolbar.today')}
        </Button>
        <Title order={2} fz="lg" fw={600} aria-live="polite" data-testid="calendar-title">
          {title}
        </Title>
        {loading && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      <Button.Group aria-label={t('calendarArea.toolbar.views')}>
        {(['month', 'week', 'list'] as const).map((name) => {
          const Icon = VIEW_ICONS[name];
          return (
            <Button
              key={name}
              variant={view === name ? 'filled' : 'default'}
              aria-pressed={view === name}
              leftSection={<Icon size={16} />}
              onClick={() => controller.changeView(FC_VIEWS[name])}
              data-testid={`calendar-view-${name}`}
            >
              {t(`calendarArea.toolbar.${name}`)}
            </Button>
          );
        })}
      </Button.Group>
    </Group>
  );
}

/** A post on the calendar: its time, its title, where it goes; its status in words for screen readers. */
function PostEventContent({ info }: { info: EventDisplayInfo }) {
  const { t, i18n } = useTranslation();
  const props = propsOf(info.event.extendedProps);
  if (!props) return null;
  const { post, campaign } = props;
  const lang = i18n.language === 'he' ? 'he' : 'en';
  const list = info.view.type.startsWith('list');
  const networks = [...new Set(post.channels.map((c) => c.network))];
  const status = publishMessage(`status.${post.status}`, lang);
  return (
    <span className={list ? 'brc-event brc-event-row' : 'brc-event brc-event-stack'} data-status={post.status}>
      {info.timeText && <span className="brc-event-time">{info.timeText}</span>}
      <span className="brc-event-title" dir="auto">
        {campaign && (
          <span className="brc-event-campaign" style={{ background: `var(--mantine-color-${campaign.color}-6)` }} title={campaign.name} aria-label={campaign.name} role="img" />
        )}
        {info.event.title}
      </span>
      <span className="brc-event-networks">
        {networks.map((network) => (
          <span key={network} className="brc-event-network" title={networkLabel(t, network as Network)}>
            {list ? networkLabel(t, network as Network) : t(`calendarArea.networkShort.${network}`)}
          </span>
        ))}
      </span>
      {list ? <span className={`brc-event-status brc-status-text-${post.status}`}>{status}</span> : <VisuallyHidden>{status}</VisuallyHidden>}
    </span>
  );
}
