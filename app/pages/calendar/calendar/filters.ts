// What the calendar shows, kept in the address (`?channel=…&campaign=…&status=…&view=…&date=…`) so a
// link shares the same view. Filtering happens here rather than on the server: the range is small
// (at most 62 days), a filter then applies at once without a new request, and several channels or
// campaigns can be chosen together, which the API's single-value filters cannot express.
import { POST_STATUSES, type PostStatus } from '../../../../core/publish/types.ts';
import type { PostSummary } from '../../../../core/publish/contracts.ts';

export const CALENDAR_VIEWS = ['month', 'week', 'list'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** The campaign filter's value for posts that belong to no campaign. */
export const NO_CAMPAIGN = 'none';

export interface CalendarFilters {
  channels: string[];
  campaigns: string[];
  statuses: PostStatus[];
}

const PARAMS = { channels: 'channel', campaigns: 'campaign', statuses: 'status' } as const;

const unique = (values: string[]) => [...new Set(values.filter((v) => v !== ''))];
const isStatus = (value: string): value is PostStatus => (POST_STATUSES as readonly string[]).includes(value);

export function readFilters(params: URLSearchParams): CalendarFilters {
  return {
    channels: unique(params.getAll(PARAMS.channels)),
    campaigns: unique(params.getAll(PARAMS.campaigns)),
    // A status the app does not know (an old link) is dropped rather than hiding everything.
    statuses: unique(params.getAll(PARAMS.statuses)).filter(isStatus),
  };
}

/** The same address with these filters instead of the old ones; every other parameter stays. */
export function writeFilters(params: URLSearchParams, filters: Partial<CalendarFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(PARAMS) as (keyof CalendarFilters)[]) {
    const values = filters[key];
    if (values === undefined) continue;
    next.delete(PARAMS[key]);
    for (const value of unique(values)) next.append(PARAMS[key], value);
  }
  return next;
}

export function hasFilters(filters: CalendarFilters): boolean {
  return filters.channels.length + filters.campaigns.length + filters.statuses.length > 0;
}

/** Whether a post passes every filter: any chosen channel, any chosen campaign, any chosen status. */
export function matchesFilters(post: Pick<PostSummary, 'status' | 'campaignId' | 'channels'>, filters: CalendarFilters): boolean {
  if (filters.statuses.length > 0 && !filters.statuses.includes(post.status)) return false;
  if (filters.campaigns.length > 0 && !filters.campaigns.includes(post.campaignId ?? NO_CAMPAIGN)) return false;
  if (filters.channels.length > 0 && !post.channels.some((c) => filters.channels.includes(c.channelId))) return false;
  return true;
}

export function readView(params: URLSearchParams): CalendarView {
  const view = params.get('view');
  return (CALENDAR_VIEWS as readonly string[]).includes(view ?? '') ? (view as CalendarView) : 'month';
}

/** The day the calendar opens on ('YYYY-MM-DD'), or null for today. */
export function readDate(params: URLSearchParams): string | null {
  const date = params.get('date');
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? date : null;
}

/** A link (such as the calendar's home, `/w/…/calendar?brand=…`) with filters added to its query. */
export function hrefWithFilters(href: string, filters: Partial<CalendarFilters>): string {
  const [path, search = ''] = href.split('?', 2) as [string, string?];
  const query = writeFilters(new URLSearchParams(search), filters).toString();
  return query ? `${path}?${query}` : path;
}
