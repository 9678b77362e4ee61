// When a post goes out: a wall-clock date and time in the brand's time zone (what a person picks), or
// an exact instant (what a drag on the calendar or an API client sends), turned into the UTC instant
// the publisher waits for. The two nights a year the clocks change are decided here, not left to chance:
// a time the clocks skip is refused with the facts to show, a time that happens twice takes the first.
import { z } from 'zod';
import { formatOffset, isLocalDate, isLocalTime, utcToZoned, zonedToUtc, type LocalDateTime } from '../time/zoned.ts';

/** A post may be scheduled this much in the past (the time it took to press the button); later is refused. */
export const PAST_TOLERANCE_MS = 60_000;

export type ScheduleInput = LocalDateTime | { instant: string };

/**
 * The clocks' change on a night, as a person reads it: on {date}, at {from} the clocks show {to}. A
 * type rather than an interface, so that facts fit a message's record of placeholders.
 */
type ClockChange = {
  /** The local date asked for, 'YYYY-MM-DD'. */
  date: string;
  /** The local time asked for, 'HH:mm'. */
  time: string;
  from: string;
  to: string;
};

/**
 * Said with an accepted time the clocks make unusual. Its facts fill the placeholders of its message
 * (core/publish/messages.ts); `later` is the second of a repeated time, for an app that offers it
 * (sent back as { instant }).
 */
export type ScheduleNote =
  /** The time did not exist and was moved forward by the gap (only with `onGap: 'shift'`). */
  | ({ code: 'shifted_for_dst'; shiftedTo: string } & ClockChange)
  /** The time happens twice; the first was taken. */
  | ({ code: 'ambiguous_earlier'; earlierOffset: string; laterOffset: string; later: string } & ClockChange);

export type ScheduleRefusal =
  | { code: 'time_in_past'; facts: { date: string; time: string; timeZone: string } }
  | { code: 'nonexistent_time'; facts: ClockChange & { suggested: string; timeZone: string } }
  | { code: 'invalid_time'; facts: { field: 'date' | 'time' | 'instant'; value: string } };

export type ScheduleCode = ScheduleNote['code'] | ScheduleRefusal['code'];

export type ScheduleResult =
  | { ok: true; instant: Date; local: LocalDateTime; note?: ScheduleNote }
  | ({ ok: false } & ScheduleRefusal);

export interface ScheduleOptions {
  /**
   * What to do with a wall time the clocks skip. 'refuse' (the default) when a person typed it: they
   * are told and choose. 'shift' when no one chose that exact time (a post moved by whole days on the
   * calendar): it moves forward by the gap, with a note.
   */
  onGap?: 'refuse' | 'shift';
}

// An instant must say where it is: 'Z' or an offset. A bare local time is ambiguous, and must come as { date, time }.
const instantSchema = z.iso.datetime({ offset: true });

/**
 * The instant a post is scheduled for, decided in `timeZone` and checked against `now`. Throws a
 * RangeError only for an unknown time zone (the brand's zone is checked when it is saved).
 */
export function resolveScheduledTime(input: ScheduleInput, timeZone: string, now: Date, options: ScheduleOptions = {}): ScheduleResult {
  if ('instant' in input) {
    if (!instantSchema.safeParse(input.instant).success) return invalid('instant', input.instant);
    const instant = new Date(input.instant);
    const parts = utcToZoned(instant, timeZone);
    const local = { date: parts.date, time: parts.time };
    if (isPast(instant, now)) return { ok: false, code: 'time_in_past', facts: { ...local, timeZone } };
    return { ok: true, instant, local };
  }

  if (typeof input.date !== 'string' || !isLocalDate(input.date)) return invalid('date', String(input.date));
  if (typeof input.time !== 'string' || !isLocalTime(input.time)) return invalid('time', String(input.time));
  const local = { date: input.date, time: input.time };
  const resolved = zonedToUtc(local, timeZone);
  if (isPast(resolved.instant, now)) return { ok: false, code: 'time_in_past', facts: { ...local, timeZone } };

  if (resolved.kind === 'exact') return { ok: true, instant: resolved.instant, local };
  const change: ClockChange = { ...local, from: resolved.transition.from, to: resolved.transition.to };
  if (resolved.kind === 'gap') {
    if ((options.onGap ?? 'refuse') === 'refuse') {
      return { ok: false, code: 'nonexistent_time', facts: { ...change, suggested: resolved.shiftedTo.time, timeZone } };
    }
    return { ok: true, instant: resolved.instant, local: resolved.shiftedTo, note: { code: 'shifted_for_dst', ...change, shiftedTo: resolved.shiftedTo.time } };
  }
  return {
    ok: true,
    instant: resolved.instant,
    local,
    note: {
      code: 'ambiguous_earlier',
      ...change,
      earlierOffset: formatOffset(resolved.transition.offsetBeforeMinutes),
      laterOffset: formatOffset(resolved.transition.offsetAfterMinutes),
      later: resolved.alternatives[0]!.toISOString(),
    },
  };
}

function isPast(instant: Date, now: Date): boolean {
  return instant.getTime() < now.getTime() - PAST_TOLERANCE_MS;
}

function invalid(field: 'date' | 'time' | 'instant', value: string): ScheduleResult {
  return { ok: false, code: 'invalid_time', facts: { field, value } };
}
