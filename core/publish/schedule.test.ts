import { describe, expect, it } from 'vitest';
import { resolveScheduledTime } from './schedule.ts';

const IL = 'Asia/Jerusalem';
const utc = (iso: string) => new Date(iso);
// "Now" is a week before the spring change, unless a test says otherwise.
const now = utc('2026-03-20T10:00:00Z');

describe('resolveScheduledTime with a date and a time in the brand zone', () => {
  it('schedules an ordinary time at the instant it stands for', () => {
    expect(resolveScheduledTime({ date: '2026-03-24', time: '09:00' }, IL, now)).toEqual({
      ok: true,
      instant: utc('2026-03-24T07:00:00Z'),
      local: { date: '2026-03-24', time: '09:00' },
    });
    // After the change, the same wall time is an hour earlier in UTC.
    expect(resolveScheduledTime({ date: '2026-03-31', time: '09:00' }, IL, now)).toMatchObject({ ok: true, instant: utc('2026-03-31T06:00:00Z') });
  });

  it('refuses 02:30 on the spring change night, saying the clocks jump from 02:00 to 03:00 and suggesting 03:30', () => {
    expect(resolveScheduledTime({ date: '2026-03-27', time: '02:30' }, IL, now)).toEqual({
      ok: false,
      code: 'nonexistent_time',
      facts: { date: '2026-03-27', time: '02:30', from: '02:00', to: '03:00', suggested: '03:30', timeZone: IL },
    });
    // The suggestion, when the user takes it, is accepted as it is.
    expect(resolveScheduledTime({ date: '2026-03-27', time: '03:30' }, IL, now)).toEqual({
      ok: true,
      instant: utc('2026-03-27T00:30:00Z'),
      local: { date: '2026-03-27', time: '03:30' },
    });
  });

  it('moves a skipped time forward, with a note, when asked to shift rather than refuse', () => {
    expect(resolveScheduledTime({ date: '2027-03-26', time: '02:30' }, IL, now, { onGap: 'shift' })).toEqual({
      ok: true,
      instant: utc('2027-03-26T00:30:00Z'),
      local: { date: '2027-03-26', time: '03:30' },
      note: { code: 'shifted_for_dst', date: '2027-03-26', time: '02:30', from: '02:00', to: '03:00', shiftedTo: '03:30' },
    });
  });

  it('takes the first 01:30 on the autumn change night, and says so', () => {
    expect(resolveScheduledTime({ date: '2026-10-25', time: '01:30' }, IL, now)).toEqual({
      ok: true,
      instant: utc('2026-10-24T22:30:00Z'),
      local: { date: '2026-10-25', time: '01:30' },
      note: {
        code: 'ambiguous_earlier',
        date: '2026-10-25',
        time: '01:30',
        from: '02:00',
        to: '01:00',
        earlierOffset: '+03:00',
        laterOffset: '+02:00',
        later: '2026-10-24T23:30:00.000Z',
      },
    });
  });

  it('02:30 on the autumn change night exists once: no note', () => {
    expect(resolveScheduledTime({ date: '2026-10-25', time: '02:30' }, IL, now)).toEqual({
      ok: true,
      instant: utc('2026-10-25T00:30:00Z'),
      local: { date: '2026-10-25', time: '02:30' },
    });
  });

  it('refuses a time more than a minute in the past, and accepts the minute just gone', () => {
    const at = utc('2026-06-10T09:00:30Z'); // 12:00:30 Israel time
    expect(resolveScheduledTime({ date: '2026-06-10', time: '12:00' }, IL, at)).toMatchObject({ ok: true, instant: utc('2026-06-10T09:00:00Z') });
    expect(resolveScheduledTime({ date: '2026-06-10', time: '11:58' }, IL, at)).toEqual({
      ok: false,
      code: 'time_in_past',
      facts: { date: '2026-06-10', time: '11:58', timeZone: IL },
    });
    expect(resolveScheduledTime({ date: '2026-06-09', time: '23:00' }, IL, at)).toMatchObject({ ok: false, code: 'time_in_past' });
  });

  it('says a skipped time in the past is in the past (the suggestion would be too)', () => {
    expect(resolveScheduledTime({ date: '2026-03-27', time: '02:30' }, IL, utc('2026-03-28T10:00:00Z'))).toMatchObject({ ok: false, code: 'time_in_past' });
  });

  it('refuses a date or a time that is not real, naming the field', () => {
    expect(resolveScheduledTime({ date: '2026-02-30', time: '10:00' }, IL, now)).toEqual({ ok: false, code: 'invalid_time', facts: { field: 'date', value: '2026-02-30' } });
    expect(resolveScheduledTime({ date: '2026-04-01', time: '25:00' }, IL, now)).toEqual({ ok: false, code: 'invalid_time', facts: { field: 'time', value: '25:00' } });
    expect(resolveScheduledTime({ date: '2026-04-01', time: '9:00' }, IL, now)).toMatchObject({ code: 'invalid_time', facts: { field: 'time' } });
  });
});

describe('resolveScheduledTime with an instant', () => {
  it('takes an instant with Z or an offset as it is, and reads it in the brand zone', () => {
    expect(resolveScheduledTime({ instant: '2026-03-27T00:30:00Z' }, IL, now)).toEqual({
      ok: true,
      instant: utc('2026-03-27T00:30:00Z'),
      local: { date: '2026-03-27', time: '03:30' },
    });
    expect(resolveScheduledTime({ instant: '2026-10-25T01:30:00+02:00' }, IL, now)).toEqual({
      ok: true,
      instant: utc('2026-10-24T23:30:00Z'),
      local: { date: '2026-10-25', time: '01:30' },
    });
  });

  it('refuses an instant without an offset, an impossible date and text that is no time at all', () => {
    for (const instant of ['2026-03-27T02:30:00', '2026-02-30T10:00:00Z', 'tomorrow', '']) {
      expect(resolveScheduledTime({ instant }, IL, now)).toEqual({ ok: false, code: 'invalid_time', facts: { field: 'instant', value: instant } });
    }
  });

  it('refuses an instant in the past, in the brand zone words', () => {
    expect(resolveScheduledTime({ instant: '2026-03-20T07:00:00Z' }, IL, now)).toEqual({
      ok: false,
      code: 'time_in_past',
      facts: { date: '2026-03-20', time: '09:00', timeZone: IL },
    });
  });
});
