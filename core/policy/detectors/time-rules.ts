// Rules about when a draft goes out and who wrote it: Shabbat and holidays, memorial days, quiet hours,
// blackout periods, and the author's acknowledgement of the policy. Without a time (input.at) the time
// rules say nothing: the draft is not scheduled yet.
import { memorialDayAt, shabbatOrHolidayAt, type CalendarWindow } from '../calendar.ts';
import type { Localized, Rule } from '../types.ts';
import type { RuleConfig } from '../rules.ts';
import { formatMoment, localTime, timeZoneLabel } from './clock.ts';
import { localized, quoteEn, quoteHe, type Detector, type RawFinding } from './detector.ts';
import { withoutExceptions, type EntryOrigin, type LexiconBuilder } from './lexicon.ts';

function whole(describe: RawFinding['describe'], severity?: RawFinding['severity']): RawFinding {
  return { start: null, end: null, ...(severity ? { severity } : {}), describe };
}

/** "from 19:11 on Monday 20 April to 19:50 on Tuesday 21 April, Israel time". */
function span(window: { start: Date; end: Date }, timeZone: string): Localized {
  const from = formatMoment(window.start, timeZone);
  const to = formatMoment(window.end, timeZone);
  const zone = timeZoneLabel(timeZone);
  return { en: `from ${from.en} to ${to.en}, ${zone.en}`, he: `מ-${from.he} עד ${to.he}, ${zone.he}` };
}

function scheduledFor(at: Date, timeZone: string): Localized {
  const when = formatMoment(at, timeZone);
  return { en: `Scheduled for ${when.en}`, he: `מתוזמן ל-${when.he}` };
}

export function shabbatDetector(rule: Rule, config: RuleConfig<'shabbat_holidays'>): Detector {
  return {
    rule,
    lists: [],
    always: true,
    run: (ctx) => {
      const at = ctx.input.at;
      if (!at) return [];
      const window = shabbatOrHolidayAt(at, { region: config.region, city: config.city, includeYomTov: config.includeYomTov });
      if (!window) return [];
      const when = scheduledFor(at, window.timeZone);
      const after = formatMoment(window.end, window.timeZone);
      const before = formatMoment(window.start, window.timeZone);
      return [
        whole(() => ({
          message: {
            en: `${when.en}, during ${window.name.en} in ${window.city.en} (candle lighting to havdalah: ${span(window, window.timeZone).en}).`,
            he: `${when.he}, ב${window.name.he} ב${window.city.he} (מהדלקת נרות עד הבדלה: ${span(window, window.timeZone).he}).`,
          },
          suggestion: {
            en: `Schedule it before ${before.en} or after ${after.en}.`,
            he: `תזמנו את הפוסט לפני ${before.he} או אחרי ${after.he}.`,
          },
        })),
      ];
    },
  };
}

function memorialMessage(window: CalendarWindow, at: Date): Localized {
  const when = scheduledFor(at, window.timeZone);
  const runs = span(window, window.timeZone);
  return {
    en: `${when.en}, during ${window.name.en}, which runs ${runs.en}.`,
    he: `${when.he}, ב${window.name.he}, שנמשך ${runs.he}.`,
  };
}

export function memorialDetector(rule: Rule, config: RuleConfig<'memorial_days'>, lexicon: LexiconBuilder): Detector {
  const promotional = lexicon.addList(config.promotional, (i): EntryOrigin => ({ ruleId: rule.id, path: `config.promotional.${i}` }));
  const except = lexicon.addList(config.except, (i): EntryOrigin => ({ ruleId: rule.id, path: `config.except.${i}` }));
  return {
    rule,
    lists: [],
    always: true,
    run: (ctx) => {
      const at = ctx.input.at;
      if (!at) return [];
      const window = memorialDayAt(at, { days: config.days, city: config.city });
      if (!window) return [];
      const base = memorialMessage(window, at);
      const after = formatMoment(window.end, window.timeZone);
      const promos = withoutExceptions(ctx.hits(promotional), ctx.hits(except));
      if (!promos.length) {
        // A memorial post, or a plain one, may go out; the author should still know what day it is.
        return [
          whole(
            () => ({
              message: { en: `${base.en} Make sure the post fits the day.`, he: `${base.he} ודאו שהפוסט מתאים ליום.` },
              suggestion: null,
            }),
            'info',
          ),
        ];
      }
      return promos.map((hit) => ({
        start: hit.start,
        end: hit.end,
        describe: (match: string) => ({
          message: {
            en: `${base.en} ${quoteEn(match)} is promotional; brands do not promote on a memorial day.`,
            he: `${base.he} ${quoteHe(match)} – תוכן שיווקי; מותגים לא מקדמים מכירות ביום זיכרון.`,
          },
          suggestion: {
            en: `Move the post to after ${after.en}, or publish without the promotion.`,
            he: `העבירו את הפוסט לאחרי ${after.he}, או פרסמו אותו בלי המבצע.`,
          },
        }),
      }));
    },
  };
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

const DAY_NAMES: Localized[] = [
  { en: 'Sunday', he: 'ראשון' },
  { en: 'Monday', he: 'שני' },
  { en: 'Tuesday', he: 'שלישי' },
  { en: 'Wednesday', he: 'רביעי' },
  { en: 'Thursday', he: 'חמישי' },
  { en: 'Friday', he: 'שישי' },
  { en: 'Saturday', he: 'שבת' },
];

/** A daily window in the brand's time zone; one that crosses midnight belongs to the day it starts on. */
export function quietHoursDetector(rule: Rule, config: RuleConfig<'quiet_hours'>): Detector {
  const from = minutesOf(config.from);
  const to = minutesOf(config.to);
  const days = new Set(config.days);
  const allWeek = days.size === 7;
  return {
    rule,
    lists: [],
    always: true,
    run: (ctx) => {
      const at = ctx.input.at;
      if (!at) return [];
      const t = localTime(at, ctx.input.timeZone);
      const inside =
        from < to
          ? days.has(t.weekday) && t.minutes >= from && t.minutes < to
          : (days.has(t.weekday) && t.minutes >= from) || (days.has((t.weekday + 6) % 7) && t.minutes < to);
      if (!inside) return [];
      const when = scheduledFor(at, ctx.input.timeZone);
      const zone = timeZoneLabel(ctx.input.timeZone);
      const on: Localized = allWeek
        ? { en: '', he: '' }
        : {
            en: ` on ${config.days.map((d) => DAY_NAMES[d]!.en).join(', ')}`,
            he: ` בימים ${config.days.map((d) => DAY_NAMES[d]!.he).join(', ')}`,
          };
      return [
        whole(() => ({
          message: {
            en: `${when.en} (${zone.en}), inside the brand’s quiet hours (${config.from}–${config.to}${on.en}).`,
            he: `${when.he} (${zone.he}), בשעות השקט של המותג (${config.from}–${config.to}${on.he}).`,
          },
          suggestion: { en: `Schedule it after ${config.to}.`, he: `תזמנו את הפוסט אחרי ${config.to}.` },
        })),
      ];
    },
  };
}

export function blackoutDetector(rule: Rule, config: RuleConfig<'blackout'>): Detector {
  const periods = config.periods.map((p) => ({ start: new Date(p.start), end: new Date(p.end), reason: localized(p.reason)! }));
  return {
    rule,
    lists: [],
    always: true,
    run: (ctx) => {
      const at = ctx.input.at;
      if (!at) return [];
      const t = at.getTime();
      return periods
        .filter((p) => p.start.getTime() <= t && t < p.end.getTime())
        .map((p) =>
          whole(() => {
            const when = scheduledFor(at, ctx.input.timeZone);
            const after = formatMoment(p.end, ctx.input.timeZone);
            return {
              message: {
                en: `${when.en}, inside a blackout period (${p.reason.en}), ${span(p, ctx.input.timeZone).en}.`,
                he: `${when.he}, בתקופה שבה לא מפרסמים (${p.reason.he}), ${span(p, ctx.input.timeZone).he}.`,
              },
              suggestion: { en: `Schedule it after ${after.en}.`, he: `תזמנו את הפוסט אחרי ${after.he}.` },
            };
          }),
        );
    },
  };
}

export function acknowledgementDetector(rule: Rule): Detector {
  return {
    rule,
    lists: [],
    always: true,
    run: (ctx) =>
      ctx.input.authorAcknowledged === false
        ? [
            whole(() => ({
              message: {
                en: 'The author has not acknowledged the brand’s current policy; only people who have may post in its name.',
                he: 'מי שכתב את הפוסט עדיין לא אישר את המדיניות הנוכחית של המותג, ורק מי שאישר יכול לפרסם בשמו.',
              },
              suggestion: { en: 'Read the policy and acknowledge it on the policy page, then submit again.', he: 'קראו את המדיניות ואשרו אותה בעמוד המדיניות, ואז שלחו שוב.' },
            })),
          ]
        : [],
  };
}
