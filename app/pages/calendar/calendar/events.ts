// The calendar answer as FullCalendar events: each post at its time, coloured by its status and
// draggable only when its author (or a manager) may still move it; the policy's windows (Shabbat,
// holidays, memorial days, blackouts) as shaded background events with their names.
import type { EventInput } from '@fullcalendar/react';
import type { PostSummary } from '../../../../core/publish/contracts.ts';
import type { PostStatus } from '../../../../core/publish/types.ts';
import { addLocalDays, utcToZoned } from '../../../../core/time/zoned.ts';
import type { Campaign, CalendarWindow } from './api.ts';

/** A Mantine colour per status, shared by the events, the legend and the status filter. */
export const STATUS_COLORS: Record<PostStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  changes_requested: 'orange',
  approved: 'teal',
  scheduled: 'blue',
  publishing: 'indigo',
  published: 'green',
  failed: 'red',
};

/** Statuses the server lets a writer move (server/services/publish/posts.ts `can.reschedule`). */
const MOVABLE: readonly PostStatus[] = ['draft', 'changes_requested', 'in_review', 'approved', 'scheduled', 'failed'];

export interface Viewer {
  userId: string | null;
  /** post.create on this brand. */
  mayWrite: boolean;
  /** post.publish on this brand: a manager may move anyone's post. */
  isManager: boolean;
}

/**
 * Whether the viewer may drag the post to another time. The calendar's summaries carry no `can`, so
 * this mirrors the server's rule; the server still decides, and a refusal puts the post back.
 */
export function mayReschedule(post: Pick<PostSummary, 'status' | 'author' | 'channels'>, viewer: Viewer): boolean {
  if (!viewer.mayWrite) return false;
  if (!viewer.isManager && (post.author === null || post.author.id !== viewer.userId)) return false;
  if (!MOVABLE.includes(post.status)) return false;
  // One channel already out (or going out) fixes the post's time, whatever the post's own status.
  return !post.channels.some((c) => c.state === 'published' || c.state === 'publishing');
}

/** What an event shows of the post's campaign: its colour as a dot, its name for those who point at it. */
export type EventCampaign = Pick<Campaign, 'name' | 'color'>;

export interface PostEventProps {
  kind: 'post';
  post: PostSummary;
  campaign: EventCampaign | null;
}

export interface WindowEventProps {
  kind: 'window';
  window: CalendarWindow;
}

/** How long a post looks in the week view: a moment, drawn tall enough to read. */
export const POST_EVENT_MINUTES = 30;

export function postEvents(posts: readonly PostSummary[], viewer: Viewer, campaigns: ReadonlyMap<string, EventCampaign> = new Map()): EventInput[] {
  return posts.flatMap((post) => {
    const at = post.scheduledAt ?? post.publishedAt;
    if (!at) return [];
    const movable = mayReschedule(post, viewer);
    const props: PostEventProps = { kind: 'post', post, campaign: (post.campaignId && campaigns.get(post.campaignId)) || null };
    return [
      {
        id: post.id,
        title: post.title || post.excerpt,
        start: at,
        end: new Date(Date.parse(at) + POST_EVENT_MINUTES * 60_000).toISOString(),
        allDay: false,
        startEditable: movable,
        durationEditable: false,
        interactive: true,
        // The theme tints the event with this colour and writes its text in a darker mix of it.
        color: `var(--mantine-color-${STATUS_COLORS[post.status]}-6)`,
        contrastColor: 'var(--mantine-color-white)',
        class: `brc-post brc-status-${post.status}${movable ? ' brc-movable' : ''}`,
        extendedProps: props,
      },
    ];
  });
}

const WINDOW_COLORS: Record<CalendarWindow['kind'], string> = {
  shabbat: 'violet',
  holiday: 'blue',
  memorial: 'dark',
  blackout: 'red',
};

export function windowColor(window: Pick<CalendarWindow, 'kind' | 'severity'>): string {
  // A window whose rule blocks posts is red whatever its kind: that is the one thing to see at a glance.
  return window.severity === 'block' ? 'red' : WINDOW_COLORS[window.kind];
}

/**
 * Windows as background events. The week view shades their exact hours (Shabbat from candle
 * lighting on Friday to Saturday night). The month view draws only whole days, so there each window
 * covers every local day it touches, counted in the brand's time zone.
 */
export function windowEvents(windows: readonly CalendarWindow[], mode: 'hours' | 'days', timeZone: string, language: 'he' | 'en'): EventInput[] {
  return windows.map((window, index) => {
    const props: WindowEventProps = { kind: 'window', window };
    const common = {
      id: `window-${index}-${window.start}`,
      title: window.title[language],
      display: 'background',
      color: `var(--mantine-color-${windowColor(window)}-6)`,
      class: `brc-window brc-window-${window.kind}${window.severity === 'block' ? ' brc-window-blocking' : ''}`,
      extendedProps: props,
    };
    if (mode === 'hours') return { ...common, start: window.start, end: window.end, allDay: false };
    const firstDay = utcToZoned(new Date(window.start), timeZone).date;
    // The end is exclusive: a window ending at midnight does not touch the next day.
    const lastDay = utcToZoned(new Date(Date.parse(window.end) - 1), timeZone).date;
    return { ...common, start: firstDay, end: addLocalDays(lastDay, 1), allDay: true };
  });
}
