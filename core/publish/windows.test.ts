import { describe, expect, it } from 'vitest';
import type { Rule } from '../policy/types.ts';
import { calendarWindows } from './windows.ts';

const rule = (kind: Rule['kind'], config: Record<string, unknown>, severity: Rule['severity'] = 'block'): Rule => ({ id: kind, kind, name: kind, severity, enabled: true, config });

describe('the windows the calendar shades', () => {
  it('shows each Shabbat of a range once, from candle lighting to havdalah in Jerusalem', () => {
    // 1–15 December 2026: Shabbat on the 5th and the 12th (Hanukkah is no Yom Tov).
    const w = calendarWindows([rule('shabbat_holidays', { region: 'israel' })], new Date('2026-12-01T00:00:00Z'), new Date('2026-12-15T00:00:00Z'));
    expect(w.map((x) => [x.kind, x.start.toISOString().slice(0, 10), x.end.toISOString().slice(0, 10)])).toEqual([
      ['shabbat', '2026-12-04', '2026-12-05'],
      ['shabbat', '2026-12-11', '2026-12-12'],
    ]);
    // Candle lighting in Jerusalem in December is 40 minutes before sunset, about 15:55 local (13:55 UTC).
    expect(w[0]!.start.getUTCHours()).toBe(13);
    expect(w[0]!.title.en).toBe('Shabbat');
  });

  it('shows Yom HaZikaron with its Hebrew name and a blackout period that overlaps the range', () => {
    const rules = [
      rule('memorial_days', { days: ['yom_hazikaron'], promotional: ['מבצע', 'sale'] }, 'approval'),
      rule('blackout', { periods: [{ start: '2027-05-01T00:00:00Z', end: '2027-05-20T00:00:00Z', reason: { he: 'השקה', en: 'Launch' } }] }, 'warn'),
    ];
    // Yom HaZikaron 5787 falls on 4 Iyar: Tuesday 11 May 2027 (from sunset on the 10th).
    const w = calendarWindows(rules, new Date('2027-05-08T00:00:00Z'), new Date('2027-05-15T00:00:00Z'));
    expect(w.map((x) => [x.kind, x.severity, x.title.he])).toEqual([
      ['blackout', 'warn', 'השקה'],
      ['memorial', 'approval', 'יום הזיכרון לחללי מערכות ישראל ונפגעי פעולות האיבה'],
    ]);
    expect(w[1]!.start.toISOString().slice(0, 10)).toBe('2027-05-10');
  });

  it('shows nothing for a rule that is switched off', () => {
    const off = { ...rule('shabbat_holidays', { region: 'israel' }), enabled: false };
    expect(calendarWindows([off], new Date('2026-12-01T00:00:00Z'), new Date('2026-12-15T00:00:00Z'))).toEqual([]);
  });
});
