// The plan's cadence against the calendar: how many posts each channel has this week ("Instagram: 1 of
// 3 planned this week"), and which channels have gone quiet for longer than their plan allows — going
// silent hurts a brand. Weeks and days are the brand's own, in its time zone.
import type { Network } from '../networks.ts';
import { cadenceProgress, type Channel } from '../plan/plan.ts';
import { shabbatOrHolidayAt, type CalendarRegion } from '../policy/calendar.ts';
import { addLocalDays, addZonedDays, localDaysBetween, utcToZoned, zonedToUtc } from '../time/zoned.ts';
import type { PostStatus } from './types.ts';

export type PlanChannel = Pick<Channel, 'network' | 'postsPerWeek'>;

/** A post on one network (one entry per variant), with the time it went out or is due to. */
export interface CadencePost {
  network: Network;
  status: PostStatus;
  scheduledAt: Date | null;
  publishedAt?: Date | null;
}

export interface WeeklyCadence extends ReturnType<typeof cadenceProgress> {
  network: Network;
  /** Approved, scheduled or being published this week: on its way. */
  scheduled: number;
  published: number;
}

// Only posts that will go out (or did) count toward the goal: a draft or a post in review may never
// be approved, and a failed one did not reach anyone.
const SCHEDULED: ReadonlySet<PostStatus> = new Set(['approved', 'scheduled', 'publishing']);

/**
 * Each plan channel's posts in the week from `weekStart` (its first instant, see zonedWeekStart) to
 * seven calendar days later in the zone, in the plan's order. A post counts in the week of the time it
 * was published, or else of its scheduled time.
 */
export function weeklyCadence(input: {
  planChannels: readonly PlanChannel[];
  posts: readonly CadencePost[];
  weekStart: Date;
  timeZone: string;
}): WeeklyCadence[] {
  const from = input.weekStart.getTime();
  // Seven calendar days, not 168 hours: the weeks the clocks change are an hour shorter or longer.
  const to = addZonedDays(input.weekStart, 7, input.timeZone).getTime();
  return input.planChannels.map(({ network, postsPerWeek }) => {
    let scheduled = 0;
    let published = 0;
    for (const post of input.posts) {
      if (post.network !== network) continue;
      const at = (post.status === 'published' ? post.publishedAt ?? post.scheduledAt : post.scheduledAt)?.getTime();
      if (at === undefined || at < from || at >= to) continue;
      if (post.status === 'published') published++;
      else if (SCHEDULED.has(post.status)) scheduled++;
    }
    return { network, ...cadenceProgress(postsPerWeek, scheduled + published), scheduled, published };
  });
}

/** A day without posting is forgiven on top of the plan's own rhythm: a post a day late is not silence. */
export const SILENCE_GRACE_DAYS = 1;

/**
 * How many days a channel may go without a post before it counts as silent: the days between posts
 * the plan implies (7 / posts a week, rounded up, at least 1) plus a day of grace. Three a week allows
 * 4 days, one a week 8, seven or more 2. Null for 0 posts a week: such a channel is never silent.
 */
export function allowedGapDays(postsPerWeek: number): number | null {
  if (postsPerWeek <= 0) return null;
  return Math.max(1, Math.ceil(7 / postsPerWeek)) + SILENCE_GRACE_DAYS;
}

export interface SilentChannel {
  network: Network;
  postsPerWeek: number;
  /** The last post that went out; null when the network has none yet and silence counts from `since`. */
  lastPublishedAt: Date | null;
  allowedGapDays: number;
  /** Calendar days from the day of the last post to today, rest days left out. */
  silentDays: number;
}

/**
 * The plan channels silent for longer than their plan allows, most overdue first. Days are calendar
 * days in the zone: a post on Sunday and none since makes Tuesday 2 silent days, whatever the hours.
 * `excludedDays` ('YYYY-MM-DD', see restDays) do not count toward silence. A network with no post yet
 * counts from `since` (when the plan took effect or the channel was connected) and is left out without
 * it. Pass only the plan channels the brand publishes to through Brandroom: posts made elsewhere are
 * not known here.
 */
export function silence(input: {
  planChannels: readonly PlanChannel[];
  lastPublishedByNetwork: Partial<Record<Network, Date | null>>;
  now: Date;
  timeZone: string;
  excludedDays?: ReadonlySet<string>;
  since?: Date | null;
}): SilentChannel[] {
  const today = utcToZoned(input.now, input.timeZone).date;
  const silent: SilentChannel[] = [];
  for (const { network, postsPerWeek } of input.planChannels) {
    const allowed = allowedGapDays(postsPerWeek);
    if (allowed === null) continue;
    const lastPublishedAt = input.lastPublishedByNetwork[network] ?? null;
    const from = lastPublishedAt ?? input.since ?? null;
    if (from === null) continue;
    const fromDay = utcToZoned(from, input.timeZone).date;
    let silentDays = Math.max(0, localDaysBetween(fromDay, today));
    for (const day of input.excludedDays ?? []) if (day > fromDay && day <= today) silentDays--;
    if (silentDays > allowed) silent.push({ network, postsPerWeek, lastPublishedAt, allowedGapDays: allowed, silentDays });
  }
  return silent.sort((a, b) => b.silentDays / b.allowedGapDays - a.silentDays / a.allowedGapDays);
}

/** Which Shabbat and holiday windows a brand keeps (the shabbat_holidays rule's config in its policy). */
export interface RestObservance {
  region: CalendarRegion;
  city?: string | undefined;
  includeYomTov: boolean;
}

/**
 * The local dates from `from`'s day to `to`'s day, both included, that are Shabbat or (with
 * includeYomTov) a Yom Tov for the brand: days whose noon in the zone falls in a window from candle
 * lighting to havdalah. Friday and a holiday's eve, which end in one, stay working days.
 */
export function restDays(from: Date, to: Date, timeZone: string, observance: RestObservance): Set<string> {
  const days = new Set<string>();
  const last = utcToZoned(to, timeZone).date;
  for (let day = utcToZoned(from, timeZone).date; day <= last; day = addLocalDays(day, 1)) {
    const noon = zonedToUtc({ date: day, time: '12:00' }, timeZone).instant;
    if (shabbatOrHolidayAt(noon, observance)) days.add(day);
  }
  return days;
}
