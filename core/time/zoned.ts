// Wall-clock time in an IANA time zone and the instants it stands for, with Intl alone. Posts are
// stored as UTC instants and chosen as a date and a time in the brand's zone; twice a year that
// mapping is not one-to-one. In spring a wall time can be skipped (Israel jumps from 02:00 to 03:00),
// in autumn one can happen twice (01:00–02:00 repeats). Every function here says which case it met
// rather than guessing silently, and resolves the way Temporal's 'compatible' disambiguation does:
// a skipped time moves forward by the gap, a repeated time takes the earlier instant.
//
// Inside, a wall time is kept as "wall milliseconds": the local date and time read as if it were UTC.

/** A date and a time on the wall clock of some zone: 'YYYY-MM-DD' and 'HH:mm' (24-hour). */
export interface LocalDateTime {
  date: string;
  time: string;
}

/** 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface ZonedParts extends LocalDateTime {
  /** Minutes east of UTC in force at the instant (Israel: 120 in winter, 180 in summer). */
  offsetMinutes: number;
  weekday: Weekday;
}

/** A change of the zone's UTC offset: the clocks jump forward (a gap) or go back (an overlap). */
export interface ZoneTransition {
  /** The instant the clocks change. */
  at: Date;
  /** The local date of the change, as the clocks read just before it. */
  date: string;
  /** What the clocks read when they change ('02:00'), and what they read right after ('03:00' forward, '01:00' back). */
  from: string;
  to: string;
  offsetBeforeMinutes: number;
  offsetAfterMinutes: number;
}

export type ZonedResolution =
  | { kind: 'exact'; instant: Date }
  /** The wall time does not exist; `instant` is that time moved forward by the gap, which the clocks read as `shiftedTo`. */
  | { kind: 'gap'; instant: Date; shiftedTo: LocalDateTime; transition: ZoneTransition }
  /** The wall time happens twice; `instant` is the first time, `alternatives` holds the second. */
  | { kind: 'overlap'; instant: Date; alternatives: Date[]; transition: ZoneTransition };

const MINUTE = 60_000;
const DAY = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `value` is a real calendar date written 'YYYY-MM-DD' (2026-02-30 is not). */
export function isLocalDate(value: string): boolean {
  return dateWall(value) !== null;
}

/** Whether `value` is a 24-hour time written 'HH:mm', from 00:00 to 23:59. */
export function isLocalTime(value: string): boolean {
  return TIME_RE.test(value);
}

function dateWall(value: string): number | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(0);
  back.setUTCFullYear(year, month - 1, day);
  // The Date rolls 30 February over into March; a real date reads back unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return back.getTime();
}

function localWall(local: LocalDateTime): number {
  const date = dateWall(local.date);
  if (date === null) throw new RangeError(`date must be a calendar date written YYYY-MM-DD, got "${local.date}"`);
  const time = TIME_RE.exec(local.time);
  if (!time) throw new RangeError(`time must be a 24-hour time written HH:mm, got "${local.time}"`);
  return date + (Number(time[1]) * 60 + Number(time[2])) * MINUTE;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function wallDate(wall: number): string {
  const d = new Date(wall);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function wallTime(wall: number): string {
  const d = new Date(wall);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function wallLocal(wall: number): LocalDateTime {
  return { date: wallDate(wall), time: wallTime(wall) };
}

// Building an Intl formatter is costly; one per zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws a RangeError naming the zone when it is not a known IANA zone.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds east of UTC in force in `timeZone` at the instant `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) p[part.type] = part.value;
  const wall = new Date(0);
  wall.setUTCFullYear(Number(p.year), Number(p.month) - 1, Number(p.day));
  wall.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), 0);
  // Intl reads whole seconds; the instant's own milliseconds are not part of the offset.
  return wall.getTime() - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The instants a wall time can stand for. The offsets a day either side are the only candidates
 * (zones change their offset at most once in two days); each is kept when it really is the offset in
 * force at the instant it gives.
 */
function resolveWall(wall: number, timeZone: string): ZonedResolution {
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const candidates = before === after ? [before] : [before, after];
  const valid = candidates.map((offset) => wall - offset).filter((ms) => offsetAt(ms, timeZone) === wall - ms);
  if (valid.length === 1) return { kind: 'exact', instant: new Date(valid[0]!) };
  // Around a change, `before` is in force up to it and `after` from it on, in both cases.
  const transition = findTransition(wall - Math.max(before, after), wall - Math.min(before, after), before, after, timeZone);
  if (valid.length === 0) {
    const instant = wall - before;
    return { kind: 'gap', instant: new Date(instant), shiftedTo: wallLocal(instant + after), transition };
  }
  const [earlier, later] = valid.sort((a, b) => a - b) as [number, number];
  return { kind: 'overlap', instant: new Date(earlier), alternatives: [new Date(later)], transition };
}

/** The change from `before` to `after` between lo (still `before`) and hi (already `after`), to the minute. */
function findTransition(lo: number, hi: number, before: number, after: number, timeZone: string): ZoneTransition {
  let low = Math.floor(lo / MINUTE);
  let high = Math.ceil(hi / MINUTE);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (offsetAt(mid * MINUTE, timeZone) === before) low = mid;
    else high = mid;
  }
  const at = high * MINUTE;
  return {
    at: new Date(at),
    date: wallDate(at + before),
    from: wallTime(at + before),
    to: wallTime(at + after),
    offsetBeforeMinutes: Math.round(before / MINUTE),
    offsetAfterMinutes: Math.round(after / MINUTE),
  };
}

/**
 * The instant a wall-clock date and time in `timeZone` stands for, and whether it was exact, skipped
 * by the clocks (gap) or repeated (overlap). Throws a RangeError for a malformed date or time or an
 * unknown zone.
 */
export function zonedToUtc(local: LocalDateTime, timeZone: string): ZonedResolution {
  return resolveWall(localWall(local), timeZone);
}

/** What the clocks in `timeZone` read at `instant`. */
export function utcToZoned(instant: Date, timeZone: string): ZonedParts {
  const offset = offsetAt(instant.getTime(), timeZone);
  const wall = instant.getTime() + offset;
  return { ...wallLocal(wall), offsetMinutes: Math.round(offset / MINUTE), weekday: new Date(wall).getUTCDay() as Weekday };
}

function wallOf(instant: Date, timeZone: string): number {
  return instant.getTime() + offsetAt(instant.getTime(), timeZone);
}

/**
 * The first instant of the local day `instant` falls in. Usually 00:00; where the clocks jump forward
 * at midnight the day starts at the first time that exists.
 */
export function startOfZonedDay(instant: Date, timeZone: string): Date {
  const wall = wallOf(instant, timeZone);
  return resolveWall(Math.floor(wall / DAY) * DAY, timeZone).instant;
}

/**
 * The same wall-clock time `days` calendar days later (or earlier) in the zone: across a change of the
 * clocks a day is 23 or 25 hours. A time the clocks skip on the new day moves forward by the gap, a
 * repeated one takes the first.
 */
export function addZonedDays(instant: Date, days: number, timeZone: string): Date {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`);
  return resolveWall(wallOf(instant, timeZone) + days * DAY, timeZone).instant;
}

/** The first instant of the local week `instant` falls in; weeks start on Sunday (0, as in Israel) or Monday (1). */
export function zonedWeekStart(instant: Date, timeZone: string, weekStartsOn: 0 | 1 = 0): Date {
  const day = Math.floor(wallOf(instant, timeZone) / DAY) * DAY;
  const back = (new Date(day).getUTCDay() - weekStartsOn + 7) % 7;
  return resolveWall(day - back * DAY, timeZone).instant;
}

/** The local date `days` calendar days after `date` ('YYYY-MM-DD'); no zone is involved. */
export function addLocalDays(date: string, days: number): string {
  const wall = dateWall(date);
  if (wall === null) throw new RangeError(`date must be a calendar date written YYYY-MM-DD, got "${date}"`);
  return wallDate(wall + days * DAY);
}

/** Whole calendar days from local date `from` to local date `to` (negative when `to` is earlier). */
export function localDaysBetween(from: string, to: string): number {
  const a = dateWall(from);
  const b = dateWall(to);
  if (a === null || b === null) throw new RangeError(`dates must be calendar dates written YYYY-MM-DD, got "${from}" and "${to}"`);
  return Math.round((b - a) / DAY);
}

/** A UTC offset in minutes written the ISO way: 180 → '+03:00', -300 → '-05:00'. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
