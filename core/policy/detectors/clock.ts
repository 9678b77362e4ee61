// Local wall-clock time in a time zone, and instants written the way a person reads them in Hebrew
// and English ("19:12 on Monday 20 April" / "19:12 ביום שני, 20 באפריל"). Intl formatters are costly to
// build, so one per time zone is kept.
import type { Localized } from '../types.ts';

export interface LocalTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

// formatToParts is slow for a hot path; a zone's offset only changes at instants that are whole
// quarter hours in UTC, so it is looked up once per zone and quarter hour.
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

function offsetMs(at: Date, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(at.getTime() / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const p: Record<string, number> = {};
    for (const part of partsFormatter(timeZone).formatToParts(at)) p[part.type] = Number(part.value);
    const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
    offset = wall - (at.getTime() - at.getUTCMilliseconds());
    if (offsets.size >= 10_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

export function localTime(at: Date, timeZone: string): LocalTime {
  const wall = new Date(at.getTime() + offsetMs(at, timeZone));
  const hour = wall.getUTCHours();
  const minute = wall.getUTCMinutes();
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour,
    minute,
    weekday: wall.getUTCDay(),
    minutes: hour * 60 + minute,
  };
}

const momentFormatters = new Map<string, { en: Intl.DateTimeFormat; he: Intl.DateTimeFormat }>();

function momentFormatter(timeZone: string) {
  let f = momentFormatters.get(timeZone);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    f = { en: new Intl.DateTimeFormat('en-GB', options), he: new Intl.DateTimeFormat('he-IL', options) };
    momentFormatters.set(timeZone, f);
  }
  return f;
}

function partsOf(f: Intl.DateTimeFormat, at: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(at)) out[p.type] = p.value;
  return out;
}

/** "19:12 on Monday 20 April" / "19:12 ביום שני, 20 באפריל". */
export function formatMoment(at: Date, timeZone: string): Localized {
  const f = momentFormatter(timeZone);
  const en = partsOf(f.en, at);
  const he = partsOf(f.he, at);
  return {
    en: `${en.hour}:${en.minute} on ${en.weekday} ${en.day} ${en.month}`,
    he: `${he.hour}:${he.minute} ב${he.weekday}, ${he.day} ב${he.month}`,
  };
}

const HEBREW_ZONE_NAMES: Record<string, string> = {
  'Asia/Jerusalem': 'ישראל',
  'Europe/London': 'לונדון',
  'America/New_York': 'ניו יורק',
  'America/Los_Angeles': 'לוס אנג׳לס',
  'Europe/Paris': 'פריז',
  'Europe/Berlin': 'ברלין',
  UTC: 'UTC',
};

/** "Israel time" / "שעון ישראל"; other zones by their city ("New York time"). */
export function timeZoneLabel(timeZone: string): Localized {
  if (timeZone === 'Asia/Jerusalem') return { en: 'Israel time', he: 'שעון ישראל' };
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return { en: 'UTC', he: 'UTC' };
  const city = (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
  return { en: `${city} time`, he: `שעון ${HEBREW_ZONE_NAMES[timeZone] ?? city}` };
}
