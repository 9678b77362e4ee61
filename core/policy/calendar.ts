// The Jewish calendar windows the time rules need, from @hebcal/core: Shabbat and Yom Tov (candle
// lighting to havdalah, Israel or diaspora schedule) and memorial days (sunset the evening before to
// nightfall). Times are instants computed in the city's own time zone, so summer time is handled by the
// zone rules; the windows around a date are computed once and kept.
import {
  CandleLightingEvent,
  HavdalahEvent,
  HDate,
  HebrewCalendar,
  Location,
  Zmanim,
  flags,
  getHolidaysOnDate,
  type Event,
} from '@hebcal/core';
import type { Localized } from './types.ts';
import { localTime } from './detectors/clock.ts';

export const CALENDAR_REGIONS = ['israel', 'diaspora'] as const;
export type CalendarRegion = (typeof CALENDAR_REGIONS)[number];

export const MEMORIAL_DAYS = ['yom_hashoah', 'yom_hazikaron', 'tisha_bav'] as const;
export type MemorialDay = (typeof MEMORIAL_DAYS)[number];

/** The default city of a region: the brand's own city is better, these keep a rule meaningful without one. */
export const DEFAULT_CITY: Record<CalendarRegion, string> = { israel: 'Jerusalem', diaspora: 'New York' };

export interface CalendarWindow {
  start: Date;
  end: Date;
  /** "Shabbat", "Pesach VII", "Shabbat and Rosh Hashana II"; Hebrew without niqqud. */
  name: Localized;
  /** The city's IANA time zone, to show the times in. */
  timeZone: string;
  city: Localized;
}

export interface HolyWindow extends CalendarWindow {
  /** Whether a Yom Tov (not only Shabbat) falls in the window. */
  yomTov: boolean;
}

export interface MemorialWindow extends CalendarWindow {
  day: MemorialDay;
}

const HEBREW_CITIES: Record<string, string> = {
  Jerusalem: 'ירושלים',
  'Tel Aviv': 'תל אביב',
  Haifa: 'חיפה',
  'Beer Sheva': 'באר שבע',
  Ashdod: 'אשדוד',
  Eilat: 'אילת',
  'Petach Tikvah': 'פתח תקווה',
  Tiberias: 'טבריה',
  'New York': 'ניו יורק',
  London: 'לונדון',
  Paris: 'פריז',
  'Los Angeles': 'לוס אנג׳לס',
};

/** Whether @hebcal/core knows the city (Location.lookup). */
export function isKnownCity(name: string): boolean {
  return Location.lookup(name) !== undefined;
}

function locationFor(city: string): Location {
  const location = Location.lookup(city);
  if (!location) throw new Error(`Unknown city: ${city}`);
  return location;
}

function cityName(location: Location): Localized {
  const en = location.getName() ?? '';
  return { en, he: HEBREW_CITIES[en] ?? en };
}

/** Calendar date in the city's zone, moved by offset days, as hebcal wants it (a local-midnight Date). */
function localDay(at: Date, timeZone: string, offset = 0): Date {
  const t = localTime(at, timeZone);
  return new Date(t.year, t.month - 1, t.day + offset);
}

const SHABBAT: Localized = { en: 'Shabbat', he: 'שבת' };
const cache = new Map<string, unknown>();
const CACHE_MAX = 2_000;

function cached<T>(key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  // Checks cluster around a few dates; dropping everything now and then keeps memory bounded.
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, value);
  return value;
}

function eventTime(ev: Event): Date {
  return (ev as CandleLightingEvent).eventTime;
}

function joinNames(names: Localized[]): Localized {
  if (names.length <= 1) return names[0] ?? SHABBAT;
  const last = names[names.length - 1]!;
  const rest = names.slice(0, -1);
  return { en: `${rest.map((n) => n.en).join(', ')} and ${last.en}`, he: `${rest.map((n) => n.he).join(', ')} ו${last.he}` };
}

/**
 * Shabbat and Yom Tov windows, candle lighting to havdalah, in the days around `day`. Consecutive
 * days (Yom Tov into Shabbat) form one window: havdalah is said only at the end.
 */
function holyWindows(location: Location, il: boolean, includeYomTov: boolean, day: Date): HolyWindow[] {
  const events = HebrewCalendar.calendar({
    start: new Date(day.getFullYear(), day.getMonth(), day.getDate() - 4),
    end: new Date(day.getFullYear(), day.getMonth(), day.getDate() + 3),
    location,
    il,
    candlelighting: true,
    noMinorFast: true,
    noModern: true,
    noRoshChodesh: true,
    noSpecialShabbat: true,
  });
  const timeZone = location.getTzid();
  const city = cityName(location);
  const windows: HolyWindow[] = [];
  if (!includeYomTov) {
    // Shabbat alone: Friday's candle lighting to the end of Saturday (havdalah, or the candle lighting
    // at nightfall when a Yom Tov follows).
    for (let i = 0; i < events.length; i++) {
      const ev = events[i]!;
      if (!(ev instanceof CandleLightingEvent) || ev.getDate().getDay() !== 5) continue;
      const end = events.slice(i + 1).find((e) => e.getDate().getDay() === 6 && (e instanceof HavdalahEvent || e instanceof CandleLightingEvent));
      if (end) windows.push({ start: eventTime(ev), end: eventTime(end), name: SHABBAT, timeZone, city, yomTov: false });
    }
    return windows;
  }
  let open: CandleLightingEvent | null = null;
  for (const ev of events) {
    if (ev instanceof CandleLightingEvent) open ??= ev;
    else if (ev instanceof HavdalahEvent && open) {
      const from = open.getDate().abs();
      const to = ev.getDate().abs();
      const names: { abs: number; name: Localized }[] = [];
      for (let abs = from + 1; abs <= to; abs++) if (new HDate(abs).getDay() === 6) names.push({ abs, name: SHABBAT });
      for (const e of events) {
        const abs = e.getDate().abs();
        if (abs <= from || abs > to || !(e.getFlags() & flags.CHAG) || e instanceof HavdalahEvent || e instanceof CandleLightingEvent) continue;
        names.push({ abs, name: { en: withoutYear(e.renderBrief('en')), he: withoutYear(e.renderBrief('he-x-NoNikud')) } });
      }
      names.sort((a, b) => a.abs - b.abs);
      const yomTov = names.some((n) => n.name !== SHABBAT);
      windows.push({ start: eventTime(open), end: eventTime(ev), name: joinNames(dedupe(names.map((n) => n.name))), timeZone, city, yomTov });
      open = null;
    }
  }
  return windows;
}

/** "Rosh Hashana 5787" → "Rosh Hashana": the year adds nothing to a message about this week. */
function withoutYear(name: string): string {
  return name.replace(/\s+\d{4}$/, '');
}

function dedupe(names: Localized[]): Localized[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.en) && seen.add(n.en));
}

/**
 * The Shabbat (or, with includeYomTov, Yom Tov) window `at` falls in, from candle lighting to havdalah
 * in the city, on the Israeli or the diaspora schedule (the 8th day of Pesach is a Yom Tov only in the
 * diaspora); null outside one.
 */
export function shabbatOrHolidayAt(
  at: Date,
  options: { region: CalendarRegion; city?: string | undefined; includeYomTov: boolean },
): HolyWindow | null {
  const location = locationFor(options.city ?? DEFAULT_CITY[options.region]);
  const il = options.region === 'israel';
  const day = localDay(at, location.getTzid());
  const key = `holy|${location.getName()}|${il}|${options.includeYomTov}|${day.getFullYear()}-${day.getMonth()}-${day.getDate()}`;
  const windows = cached(key, () => holyWindows(location, il, options.includeYomTov, day));
  const t = at.getTime();
  return windows.find((w) => w.start.getTime() <= t && t < w.end.getTime()) ?? null;
}

const MEMORIAL_NAMES: Record<MemorialDay, Localized> = {
  yom_hashoah: { en: 'Yom HaShoah (Holocaust Remembrance Day)', he: 'יום הזיכרון לשואה ולגבורה' },
  yom_hazikaron: { en: 'Yom HaZikaron (Memorial Day for the Fallen)', he: 'יום הזיכרון לחללי מערכות ישראל ונפגעי פעולות האיבה' },
  tisha_bav: { en: 'Tisha B’Av', he: 'תשעה באב' },
};

function memorialDayOf(ev: Event): MemorialDay | null {
  const desc = ev.getDesc();
  if (desc === 'Yom HaShoah') return 'yom_hashoah';
  if (desc === 'Yom HaZikaron') return 'yom_hazikaron';
  if (desc.startsWith("Tish'a B'Av")) return 'tisha_bav';
  return null;
}

/** Tish'a B'Av ends, like hebcal's own fast end, at 6.45° below the horizon; the others at nightfall (8.5°). */
const NIGHTFALL_DEGREES: Record<MemorialDay, number> = { yom_hashoah: 8.5, yom_hazikaron: 8.5, tisha_bav: 6.45 };

function memorialWindows(location: Location, day: Date): MemorialWindow[] {
  const windows: MemorialWindow[] = [];
  const timeZone = location.getTzid();
  const city = cityName(location);
  // The day itself and the next: from the evening before, tomorrow's memorial day has already begun.
  for (const offset of [0, 1]) {
    const hd = new HDate(new Date(day.getFullYear(), day.getMonth(), day.getDate() + offset));
    for (const ev of getHolidaysOnDate(hd, true) ?? []) {
      const memorial = memorialDayOf(ev);
      if (!memorial) continue;
      const start = Zmanim.roundTime(new Zmanim(location, hd.prev(), false).sunset());
      const end = Zmanim.roundTime(new Zmanim(location, hd, false).tzeit(NIGHTFALL_DEGREES[memorial]));
      windows.push({ day: memorial, start, end, name: MEMORIAL_NAMES[memorial], timeZone, city });
    }
  }
  return windows;
}

/** The memorial day (of those asked for) that `at` falls in, from sunset the evening before to nightfall. */
export function memorialDayAt(at: Date, options: { days: readonly MemorialDay[]; city?: string | undefined }): MemorialWindow | null {
  const location = locationFor(options.city ?? DEFAULT_CITY.israel);
  const day = localDay(at, location.getTzid());
  const key = `memorial|${location.getName()}|${day.getFullYear()}-${day.getMonth()}-${day.getDate()}`;
  const windows = cached(key, () => memorialWindows(location, day));
  const t = at.getTime();
  return windows.find((w) => options.days.includes(w.day) && w.start.getTime() <= t && t < w.end.getTime()) ?? null;
}
