import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  addZonedDays,
  formatOffset,
  isLocalDate,
  isLocalTime,
  localDaysBetween,
  startOfZonedDay,
  utcToZoned,
  zonedToUtc,
  zonedWeekStart,
} from './zoned.ts';

const IL = 'Asia/Jerusalem';
const NY = 'America/New_York';
const utc = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

/**
 * The days a zone changes its clocks in a year, found with Intl alone (not with the code under test):
 * every quarter hour of the year, read the offset Intl reports and note where it changes.
 */
function clockChanges(year: number, timeZone: string): { date: string; from: string; to: string }[] {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone, timeZoneName: 'longOffset', year: 'numeric', month: '2-digit', day: '2-digit' });
  const read = (ms: number) => {
    const parts = Object.fromEntries(f.formatToParts(ms).map((p) => [p.type, p.value]));
    return { date: `${parts.year}-${parts.month}-${parts.day}`, offset: parts.timeZoneName! };
  };
  const changes: { date: string; from: string; to: string }[] = [];
  let previous = read(Date.UTC(year, 0, 1));
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 15 * 60_000) {
    const now = read(ms);
    if (now.offset !== previous.offset) changes.push({ date: previous.date, from: previous.offset, to: now.offset });
    previous = now;
  }
  return changes;
}

describe('the clock changes this code is tested around (checked with Intl)', () => {
  it('Israel moves its clocks on the Friday before the last Sunday of March and on the last Sunday of October', () => {
    expect(clockChanges(2026, IL)).toEqual([
      { date: '2026-03-27', from: 'GMT+02:00', to: 'GMT+03:00' },
      { date: '2026-10-25', from: 'GMT+03:00', to: 'GMT+02:00' },
    ]);
    expect(clockChanges(2027, IL)).toEqual([
      { date: '2027-03-26', from: 'GMT+02:00', to: 'GMT+03:00' },
      { date: '2027-10-31', from: 'GMT+03:00', to: 'GMT+02:00' },
    ]);
  });

  it('New York moves its clocks on the second Sunday of March and the first Sunday of November', () => {
    expect(clockChanges(2026, NY)).toEqual([
      { date: '2026-03-08', from: 'GMT-05:00', to: 'GMT-04:00' },
      { date: '2026-11-01', from: 'GMT-04:00', to: 'GMT-05:00' },
    ]);
    expect(clockChanges(2027, NY).map((c) => c.date)).toEqual(['2027-03-14', '2027-11-07']);
  });
});

describe('zonedToUtc', () => {
  it('maps an ordinary time with the offset in force: +02:00 in winter, +03:00 in summer', () => {
    expect(zonedToUtc({ date: '2026-01-15', time: '12:00' }, IL)).toEqual({ kind: 'exact', instant: utc('2026-01-15T10:00:00Z') });
    expect(zonedToUtc({ date: '2026-06-15', time: '12:00' }, IL)).toEqual({ kind: 'exact', instant: utc('2026-06-15T09:00:00Z') });
    expect(zonedToUtc({ date: '2026-06-15', time: '12:00' }, NY)).toEqual({ kind: 'exact', instant: utc('2026-06-15T16:00:00Z') });
    expect(zonedToUtc({ date: '2026-06-15', time: '12:00' }, 'UTC')).toEqual({ kind: 'exact', instant: utc('2026-06-15T12:00:00Z') });
  });

  describe('Israel, spring 2026: 02:00 jumps to 03:00 on Friday 27 March', () => {
    const on = (time: string) => zonedToUtc({ date: '2026-03-27', time }, IL);

    it('01:59 is the last winter minute', () => {
      expect(on('01:59')).toEqual({ kind: 'exact', instant: utc('2026-03-26T23:59:00Z') });
    });

    it('02:30 does not exist: it moves forward an hour to 03:30, and says why', () => {
      expect(on('02:30')).toEqual({
        kind: 'gap',
        instant: utc('2026-03-27T00:30:00Z'),
        shiftedTo: { date: '2026-03-27', time: '03:30' },
        transition: {
          at: utc('2026-03-27T00:00:00Z'),
          date: '2026-03-27',
          from: '02:00',
          to: '03:00',
          offsetBeforeMinutes: 120,
          offsetAfterMinutes: 180,
        },
      });
    });

    it('every minute from 02:00 to 02:59 is skipped', () => {
      expect(on('02:00')).toMatchObject({ kind: 'gap', instant: utc('2026-03-27T00:00:00Z'), shiftedTo: { time: '03:00' } });
      expect(on('02:59')).toMatchObject({ kind: 'gap', instant: utc('2026-03-27T00:59:00Z'), shiftedTo: { time: '03:59' } });
    });

    it('03:00 and 03:30 are summer time, once', () => {
      expect(on('03:00')).toEqual({ kind: 'exact', instant: utc('2026-03-27T00:00:00Z') });
      expect(on('03:30')).toEqual({ kind: 'exact', instant: utc('2026-03-27T00:30:00Z') });
    });
  });

  describe('Israel, autumn 2026: 02:00 goes back to 01:00 on Sunday 25 October', () => {
    const on = (time: string) => zonedToUtc({ date: '2026-10-25', time }, IL);

    it('00:59 happens once, in summer time', () => {
      expect(on('00:59')).toEqual({ kind: 'exact', instant: utc('2026-10-24T21:59:00Z') });
    });

    it('01:30 happens twice: the summer-time 01:30 first, the winter-time one as the alternative', () => {
      expect(on('01:30')).toEqual({
        kind: 'overlap',
        instant: utc('2026-10-24T22:30:00Z'),
        alternatives: [utc('2026-10-24T23:30:00Z')],
        transition: {
          at: utc('2026-10-24T23:00:00Z'),
          date: '2026-10-25',
          from: '02:00',
          to: '01:00',
          offsetBeforeMinutes: 180,
          offsetAfterMinutes: 120,
        },
      });
    });

    it('every minute from 01:00 to 01:59 is repeated', () => {
      expect(on('01:00')).toMatchObject({ kind: 'overlap', instant: utc('2026-10-24T22:00:00Z'), alternatives: [utc('2026-10-24T23:00:00Z')] });
      expect(on('01:59')).toMatchObject({ kind: 'overlap', instant: utc('2026-10-24T22:59:00Z'), alternatives: [utc('2026-10-24T23:59:00Z')] });
    });

    it('02:30 happens once, after the change, in winter time', () => {
      expect(on('02:00')).toEqual({ kind: 'exact', instant: utc('2026-10-25T00:00:00Z') });
      expect(on('02:30')).toEqual({ kind: 'exact', instant: utc('2026-10-25T00:30:00Z') });
    });
  });

  it('Israel 2027: 02:30 on 26 March is skipped, 01:30 on 31 October repeats, 02:30 that night is exact', () => {
    expect(zonedToUtc({ date: '2027-03-26', time: '02:30' }, IL)).toMatchObject({ kind: 'gap', instant: utc('2027-03-26T00:30:00Z'), shiftedTo: { time: '03:30' } });
    expect(zonedToUtc({ date: '2027-10-31', time: '01:30' }, IL)).toMatchObject({
      kind: 'overlap',
      instant: utc('2027-10-30T22:30:00Z'),
      alternatives: [utc('2027-10-30T23:30:00Z')],
    });
    expect(zonedToUtc({ date: '2027-10-31', time: '02:30' }, IL)).toEqual({ kind: 'exact', instant: utc('2027-10-31T00:30:00Z') });
    // A week earlier nothing happens yet.
    expect(zonedToUtc({ date: '2027-03-19', time: '02:30' }, IL)).toEqual({ kind: 'exact', instant: utc('2027-03-19T00:30:00Z') });
  });

  it('New York 2026: 02:30 on 8 March is skipped, 01:30 on 1 November repeats', () => {
    expect(zonedToUtc({ date: '2026-03-08', time: '02:30' }, NY)).toMatchObject({
      kind: 'gap',
      instant: utc('2026-03-08T07:30:00Z'),
      shiftedTo: { date: '2026-03-08', time: '03:30' },
      transition: { from: '02:00', to: '03:00', offsetBeforeMinutes: -300, offsetAfterMinutes: -240 },
    });
    expect(zonedToUtc({ date: '2026-11-01', time: '01:30' }, NY)).toMatchObject({
      kind: 'overlap',
      instant: utc('2026-11-01T05:30:00Z'),
      alternatives: [utc('2026-11-01T06:30:00Z')],
      transition: { at: utc('2026-11-01T06:00:00Z'), from: '02:00', to: '01:00' },
    });
  });

  it('a change at midnight: Santiago skips 00:00–00:59 on 6 September 2026', () => {
    expect(zonedToUtc({ date: '2026-09-06', time: '00:00' }, 'America/Santiago')).toMatchObject({
      kind: 'gap',
      instant: utc('2026-09-06T04:00:00Z'),
      shiftedTo: { date: '2026-09-06', time: '01:00' },
      transition: { date: '2026-09-06', from: '00:00', to: '01:00' },
    });
  });

  it('reads back every quarter hour across both change nights', () => {
    for (const [from, to] of [
      ['2026-03-26T18:00:00Z', '2026-03-27T06:00:00Z'],
      ['2026-10-24T18:00:00Z', '2026-10-25T06:00:00Z'],
    ] as const) {
      for (let ms = Date.parse(from); ms <= Date.parse(to); ms += 15 * 60_000) {
        const instant = new Date(ms);
        const back = zonedToUtc(utcToZoned(instant, IL), IL);
        // A time the clock showed is never a gap; a repeated one offers this instant as one of its two.
        expect(back.kind).not.toBe('gap');
        expect(back.kind === 'overlap' ? [back.instant, ...back.alternatives] : [back.instant]).toContainEqual(instant);
      }
    }
  });

  it('refuses a malformed date, a time out of range and an unknown zone', () => {
    expect(() => zonedToUtc({ date: '2026-02-30', time: '10:00' }, IL)).toThrow(/date must be a calendar date/);
    expect(() => zonedToUtc({ date: '27/03/2026', time: '10:00' }, IL)).toThrow(RangeError);
    expect(() => zonedToUtc({ date: '2026-03-27', time: '24:00' }, IL)).toThrow(/time must be a 24-hour time/);
    expect(() => zonedToUtc({ date: '2026-03-27', time: '9:30' }, IL)).toThrow(RangeError);
    expect(() => zonedToUtc({ date: '2026-03-27', time: '09:30' }, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('utcToZoned', () => {
  it('reads the wall clock, its offset and the weekday', () => {
    expect(utcToZoned(utc('2026-03-26T23:59:00Z'), IL)).toEqual({ date: '2026-03-27', time: '01:59', offsetMinutes: 120, weekday: 5 });
    expect(utcToZoned(utc('2026-03-27T00:00:00Z'), IL)).toEqual({ date: '2026-03-27', time: '03:00', offsetMinutes: 180, weekday: 5 });
    // The two 01:30s of 25 October.
    expect(utcToZoned(utc('2026-10-24T22:30:00Z'), IL)).toEqual({ date: '2026-10-25', time: '01:30', offsetMinutes: 180, weekday: 0 });
    expect(utcToZoned(utc('2026-10-24T23:30:00Z'), IL)).toEqual({ date: '2026-10-25', time: '01:30', offsetMinutes: 120, weekday: 0 });
    expect(utcToZoned(utc('2026-11-01T06:30:00Z'), NY)).toEqual({ date: '2026-11-01', time: '01:30', offsetMinutes: -300, weekday: 0 });
  });

  it('keeps the date right at local midnight', () => {
    expect(utcToZoned(utc('2026-06-30T21:00:00Z'), IL)).toMatchObject({ date: '2026-07-01', time: '00:00', weekday: 3 });
    expect(utcToZoned(utc('2026-06-30T20:59:59.999Z'), IL)).toMatchObject({ date: '2026-06-30', time: '23:59' });
  });
});

describe('startOfZonedDay', () => {
  it('is local midnight, with the offset of that midnight', () => {
    // The spring change happens at 02:00, after midnight (still winter time).
    expect(startOfZonedDay(utc('2026-03-27T12:00:00Z'), IL)).toEqual(utc('2026-03-26T22:00:00Z'));
    // On the autumn night midnight is still summer time.
    expect(startOfZonedDay(utc('2026-10-25T12:00:00Z'), IL)).toEqual(utc('2026-10-24T21:00:00Z'));
    expect(startOfZonedDay(utc('2026-10-26T12:00:00Z'), IL)).toEqual(utc('2026-10-25T22:00:00Z'));
  });

  it('is the first time that exists where the clocks jump at midnight', () => {
    expect(startOfZonedDay(utc('2026-09-06T15:00:00Z'), 'America/Santiago')).toEqual(utc('2026-09-06T04:00:00Z'));
    // In April Santiago repeats 23:00–23:59 on the 4th; the 5th starts once, at 00:00 winter time.
    expect(startOfZonedDay(utc('2026-04-05T15:00:00Z'), 'America/Santiago')).toEqual(utc('2026-04-05T04:00:00Z'));
  });
});

describe('addZonedDays', () => {
  it('keeps the wall-clock time: the day of the spring change is 23 hours, the autumn one 25', () => {
    const thursdayNoon = utc('2026-03-26T10:00:00Z');
    const fridayNoon = addZonedDays(thursdayNoon, 1, IL);
    expect(utcToZoned(fridayNoon, IL)).toMatchObject({ date: '2026-03-27', time: '12:00' });
    expect(fridayNoon.getTime() - thursdayNoon.getTime()).toBe(23 * HOUR);

    const saturdayNoon = utc('2026-10-24T09:00:00Z');
    const sundayNoon = addZonedDays(saturdayNoon, 1, IL);
    expect(utcToZoned(sundayNoon, IL)).toMatchObject({ date: '2026-10-25', time: '12:00' });
    expect(sundayNoon.getTime() - saturdayNoon.getTime()).toBe(25 * HOUR);
  });

  it('moves 02:30 onto the spring change night forward to 03:30, and 01:30 onto the autumn one to the first 01:30', () => {
    expect(utcToZoned(addZonedDays(utc('2026-03-26T00:30:00Z'), 1, IL), IL)).toMatchObject({ date: '2026-03-27', time: '03:30' });
    expect(addZonedDays(utc('2026-10-23T22:30:00Z'), 1, IL)).toEqual(utc('2026-10-24T22:30:00Z'));
  });

  it('goes back in time with negative days, and keeps seconds', () => {
    expect(addZonedDays(utc('2026-03-30T09:00:00Z'), -7, IL)).toEqual(utc('2026-03-23T10:00:00Z'));
    expect(addZonedDays(utc('2026-03-26T10:00:42.500Z'), 1, IL)).toEqual(utc('2026-03-27T09:00:42.500Z'));
  });

  it('refuses a fraction of a day', () => {
    expect(() => addZonedDays(utc('2026-03-26T10:00:00Z'), 0.5, IL)).toThrow(RangeError);
  });
});

describe('zonedWeekStart', () => {
  it('an Israeli week starts on Sunday at midnight', () => {
    const sunday = utc('2026-03-21T22:00:00Z'); // Sunday 22 March 00:00, winter time
    expect(zonedWeekStart(utc('2026-03-26T13:00:00Z'), IL)).toEqual(sunday);
    expect(zonedWeekStart(sunday, IL)).toEqual(sunday);
    // Saturday night 23:59, in summer time now: still the same week.
    expect(zonedWeekStart(utc('2026-03-28T20:59:00Z'), IL)).toEqual(sunday);
    // One minute later a new week starts, in summer time.
    expect(zonedWeekStart(utc('2026-03-28T21:00:00Z'), IL)).toEqual(utc('2026-03-28T21:00:00Z'));
  });

  it('the week of the spring change is an hour short, and seven zoned days reach the next week', () => {
    const week = zonedWeekStart(utc('2026-03-26T13:00:00Z'), IL);
    const next = zonedWeekStart(utc('2026-04-01T13:00:00Z'), IL);
    expect(next.getTime() - week.getTime()).toBe(167 * HOUR);
    expect(addZonedDays(week, 7, IL)).toEqual(next);
  });

  it('a week can start on Monday instead', () => {
    expect(zonedWeekStart(utc('2026-03-26T13:00:00Z'), IL, 1)).toEqual(utc('2026-03-22T22:00:00Z'));
    expect(zonedWeekStart(utc('2026-03-22T12:00:00Z'), NY, 1)).toEqual(utc('2026-03-16T04:00:00Z'));
  });
});

describe('local dates', () => {
  it('knows real dates and 24-hour times', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-04-31')).toBe(false);
    expect(isLocalDate('2026-3-27')).toBe(false);
    expect(isLocalTime('00:00')).toBe(true);
    expect(isLocalTime('23:59')).toBe(true);
    expect(isLocalTime('24:00')).toBe(false);
    expect(isLocalTime('12:60')).toBe(false);
    expect(isLocalTime('12:00:00')).toBe(false);
  });

  it('counts and moves calendar days across months, years and leap days', () => {
    expect(addLocalDays('2026-03-27', 5)).toBe('2026-04-01');
    expect(addLocalDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(localDaysBetween('2026-03-01', '2026-03-10')).toBe(9);
    expect(localDaysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    // A change of the clocks in between does not make a day shorter in calendar terms.
    expect(localDaysBetween('2026-03-26', '2026-03-28')).toBe(2);
  });

  it('writes offsets the ISO way', () => {
    expect(formatOffset(180)).toBe('+03:00');
    expect(formatOffset(-300)).toBe('-05:00');
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(0)).toBe('+00:00');
  });
});
