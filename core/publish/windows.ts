// The windows the calendar shades: Shabbat and holidays, memorial days and blackout periods, taken from
// the brand's own time rules so the calendar shows exactly what the checker will refuse or flag.
import { memorialDayAt, shabbatOrHolidayAt, type CalendarWindow } from '../policy/calendar.ts';
import { parseRuleConfig } from '../policy/rules.ts';
import type { Localized, Rule, Severity } from '../policy/types.ts';

export interface ShadedWindow {
  start: Date;
  end: Date;
  kind: 'shabbat' | 'holiday' | 'memorial' | 'blackout';
  title: Localized;
  severity: Severity;
}

// Windows are found by looking every half hour: none is shorter than a day, and each lookup is cached per day.
const STEP_MS = 30 * 60_000;
/** The calendar shows a month and a bit; a longer range is cut there. */
const LONGEST_RANGE_MS = 62 * 24 * 3600_000;

function sample(from: Date, to: Date, find: (at: Date) => CalendarWindow | null, make: (w: CalendarWindow) => ShadedWindow): ShadedWindow[] {
  const found = new Map<number, ShadedWindow>();
  const end = Math.min(to.getTime(), from.getTime() + LONGEST_RANGE_MS);
  for (let t = from.getTime(); t < end; t += STEP_MS) {
    const w = find(new Date(t));
    if (!w) continue;
    if (!found.has(w.start.getTime())) found.set(w.start.getTime(), make(w));
    // Jump past this window: nothing else starts inside it.
    t = Math.max(t, w.end.getTime() - STEP_MS);
  }
  return [...found.values()];
}

export function calendarWindows(rules: readonly Rule[], from: Date, to: Date): ShadedWindow[] {
  const windows: ShadedWindow[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    if (rule.kind === 'shabbat_holidays') {
      const parsed = parseRuleConfig('shabbat_holidays', rule.config);
      if (!parsed.ok) continue;
      const c = parsed.value;
      windows.push(
        ...sample(from, to, (at) => shabbatOrHolidayAt(at, { region: c.region, city: c.city, includeYomTov: c.includeYomTov }), (w) => ({
          start: w.start,
          end: w.end,
          kind: (w as { yomTov?: boolean }).yomTov ? 'holiday' : 'shabbat',
          title: w.name,
          severity: rule.severity,
        })),
      );
    } else if (rule.kind === 'memorial_days') {
      const parsed = parseRuleConfig('memorial_days', rule.config);
      if (!parsed.ok) continue;
      windows.push(...sample(from, to, (at) => memorialDayAt(at, { days: parsed.value.days, city: parsed.value.city }), (w) => ({ start: w.start, end: w.end, kind: 'memorial', title: w.name, severity: rule.severity })));
    } else if (rule.kind === 'blackout') {
      const parsed = parseRuleConfig('blackout', rule.config);
      if (!parsed.ok) continue;
      for (const p of parsed.value.periods) {
        const start = new Date(p.start);
        const end = new Date(p.end);
        if (end > from && start < to) windows.push({ start, end, kind: 'blackout', title: { he: p.reason.he || p.reason.en, en: p.reason.en || p.reason.he }, severity: rule.severity });
      }
    }
  }
  return windows.sort((a, b) => a.start.getTime() - b.start.getTime());
}
