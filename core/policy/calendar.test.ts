import { describe, expect, it } from 'vitest';
import { memorialDayAt, shabbatOrHolidayAt } from './calendar.ts';
import { localTime } from './detectors/clock.ts';

const IL = { region: 'israel' as const, includeYomTov: true };
const clock = (at: Date) => {
  const t = localTime(at, 'Asia/Jerusalem');
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
};
const jerusalem = (w: { start: Date; end: Date } | null) => w && [clock(w.start), clock(w.end)];

describe('Shabbat in Jerusalem', () => {
  it('runs from candle lighting on Friday evening to havdalah on Saturday night', () => {
    const friday = shabbatOrHolidayAt(new Date('2026-04-10T21:00:00+03:00'), IL);
    expect(friday?.name).toEqual({ en: 'Shabbat', he: 'שבת' });
    expect(jerusalem(friday)).toEqual(['18:24', '19:42']); // Jerusalem lights 40 minutes before sunset
    expect(shabbatOrHolidayAt(new Date('2026-04-11T19:41:00+03:00'), IL)).not.toBeNull();
    expect(shabbatOrHolidayAt(new Date('2026-04-11T19:43:00+03:00'), IL)).toBeNull();
  });

  it('a Friday-morning post is not on Shabbat, a Friday-evening one is', () => {
    expect(shabbatOrHolidayAt(new Date('2026-04-10T09:00:00+03:00'), IL)).toBeNull();
    expect(shabbatOrHolidayAt(new Date('2026-04-10T18:23:00+03:00'), IL)).toBeNull();
    expect(shabbatOrHolidayAt(new Date('2026-04-10T18:25:00+03:00'), IL)).not.toBeNull();
  });

  it('keeps local candle-lighting times right across the change to summer time in March', () => {
    // Israel moves to UTC+3 on Friday 27 March 2026: candle lighting moves an hour on the clock, not in UTC.
    const before = shabbatOrHolidayAt(new Date('2026-03-20T18:00:00+02:00'), IL)!;
    const after = shabbatOrHolidayAt(new Date('2026-03-27T19:00:00+03:00'), IL)!;
    expect(jerusalem(before)).toEqual(['17:10', '18:27']);
    expect(jerusalem(after)).toEqual(['18:15', '19:32']);
    expect(after.start.getTime() - before.start.getTime()).toBe(7 * 86_400_000 + 5 * 60_000);
    // 18:00 on 27 March (UTC+3) is before candle lighting; read as UTC+2 it would wrongly fall after it.
    expect(shabbatOrHolidayAt(new Date('2026-03-27T18:00:00+03:00'), IL)).toBeNull();
  });

  it('and across the change back to winter time in October', () => {
    expect(jerusalem(shabbatOrHolidayAt(new Date('2026-10-23T18:00:00+03:00'), IL))).toEqual(['17:18', '18:34']);
    expect(jerusalem(shabbatOrHolidayAt(new Date('2026-10-30T17:00:00+02:00'), IL))).toEqual(['16:11', '17:28']);
  });

  it('joins Shabbat and an adjoining Yom Tov into one window, or leaves Yom Tov out when asked', () => {
    const roshHashana = shabbatOrHolidayAt(new Date('2026-09-13T12:00:00+03:00'), IL)!;
    expect(roshHashana.name.en).toBe('Shabbat, Rosh Hashana and Rosh Hashana II');
    expect(roshHashana.yomTov).toBe(true);
    expect(shabbatOrHolidayAt(new Date('2026-09-13T12:00:00+03:00'), { region: 'israel', includeYomTov: false })).toBeNull();
  });
});

describe('Israel and the diaspora', () => {
  it('the 8th day of Pesach is a Yom Tov only in the diaspora', () => {
    expect(shabbatOrHolidayAt(new Date('2026-04-08T12:00:00+03:00'), IL)?.name.en).toBe('Pesach VII');
    expect(shabbatOrHolidayAt(new Date('2026-04-09T12:00:00+03:00'), IL)).toBeNull();
    const newYork = shabbatOrHolidayAt(new Date('2026-04-09T12:00:00-04:00'), { region: 'diaspora', includeYomTov: true });
    expect(newYork?.name.en).toBe('Pesach VII and Pesach VIII');
    expect(newYork?.city.en).toBe('New York');
  });
});

describe('memorial days', () => {
  it('Yom HaZikaron runs from sunset on the eve to nightfall, with hebcal’s times', () => {
    const eve = memorialDayAt(new Date('2026-04-20T20:00:00+03:00'), { days: ['yom_hashoah', 'yom_hazikaron'] });
    expect(eve?.day).toBe('yom_hazikaron');
    expect(jerusalem(eve)).toEqual(['19:11', '19:50']);
    expect(eve!.start.toISOString()).toBe('2026-04-20T16:11:00.000Z');
    expect(memorialDayAt(new Date('2026-04-20T19:00:00+03:00'), { days: ['yom_hazikaron'] })).toBeNull();
    expect(memorialDayAt(new Date('2026-04-21T19:55:00+03:00'), { days: ['yom_hazikaron'] })).toBeNull();
  });

  it('only the days asked for', () => {
    const at = new Date('2026-04-14T10:00:00+03:00');
    expect(memorialDayAt(at, { days: ['yom_hashoah'] })?.day).toBe('yom_hashoah');
    expect(memorialDayAt(at, { days: ['yom_hazikaron'] })).toBeNull();
    expect(memorialDayAt(new Date('2026-07-23T12:00:00+03:00'), { days: ['tisha_bav'] })?.day).toBe('tisha_bav');
  });
});
