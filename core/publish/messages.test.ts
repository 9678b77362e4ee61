import { describe, expect, it } from 'vitest';
import { PUBLISH_MESSAGES, publishMessage, type PublishMessageKey } from './messages.ts';
import { resolveScheduledTime } from './schedule.ts';
import { POST_STATUSES, PUBLISH_ERROR_CODES, VARIANT_STATES } from './types.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HEBREW_LETTER = /[\u05d0-\u05ea]/;

describe('PUBLISH_MESSAGES', () => {
  const keys = Object.keys(PUBLISH_MESSAGES) as PublishMessageKey[];

  it('words every error code, schedule answer, post status and variant state', () => {
    const expected = [
      ...PUBLISH_ERROR_CODES,
      'nonexistent_time',
      'shifted_for_dst',
      'ambiguous_earlier',
      'time_in_past',
      'invalid_time',
      'silent_channel',
      'cadence_week',
      ...POST_STATUSES.map((s) => `status.${s}`),
      ...VARIANT_STATES.map((s) => `variant.${s}`),
    ];
    expect([...keys].sort()).toEqual([...expected].sort());
  });

  it.each(keys)('%s has English and Hebrew, with the same placeholders', (key) => {
    const { en, he } = PUBLISH_MESSAGES[key];
    expect(en.trim()).not.toBe('');
    expect(he).toMatch(HEBREW_LETTER);
    expect(en).not.toMatch(HEBREW_LETTER);
    expect(placeholders(he)).toEqual(placeholders(en));
  });

  it('tells the user what to do next when a channel must be reconnected', () => {
    expect(PUBLISH_MESSAGES.auth_failed.en).toContain('Settings → Channels');
    expect(PUBLISH_MESSAGES.auth_failed.he).toContain('הגדרות ← ערוצים');
    expect(PUBLISH_MESSAGES.channel_needs_reconnect.he).toContain('הגדרות ← ערוצים');
  });
});

describe('publishMessage', () => {
  it('explains a skipped time with the facts the schedule gave, the date written out', () => {
    const result = resolveScheduledTime({ date: '2026-03-27', time: '02:30' }, 'Asia/Jerusalem', new Date('2026-03-01T00:00:00Z'));
    if (result.ok || result.code !== 'nonexistent_time') throw new Error('expected a refusal for a skipped time');
    expect(publishMessage('nonexistent_time', 'en', result.facts)).toBe(
      '02:30 on Friday, 27 March 2026 does not exist: that night the clocks jump from 02:00 to 03:00. Choose another time, such as 03:30.',
    );
    expect(publishMessage('nonexistent_time', 'he', result.facts)).toBe(
      'השעה 02:30 ביום שישי, 27 במרץ 2026 לא קיימת: באותו לילה מזיזים את השעון מ־02:00 ל־03:00. צריך לבחור שעה אחרת, למשל 03:30.',
    );
  });

  it('words the note on a repeated time from the note itself', () => {
    const result = resolveScheduledTime({ date: '2026-10-25', time: '01:30' }, 'Asia/Jerusalem', new Date('2026-10-01T00:00:00Z'));
    if (!result.ok || !result.note) throw new Error('expected a note for a repeated time');
    expect(publishMessage(result.note.code, 'en', result.note)).toBe(
      '01:30 on Sunday, 25 October 2026 comes twice, because the clocks go back from 02:00 to 01:00. The post goes out at the first 01:30, before the clocks go back.',
    );
  });

  it('fills numbers and names as given', () => {
    expect(publishMessage('cadence_week', 'en', { network: 'Instagram', planned: 1, goal: 3 })).toBe('Instagram: 1 of 3 planned this week');
    expect(publishMessage('cadence_week', 'he', { network: 'Instagram', planned: 1, goal: 3 })).toBe('Instagram: 1 מתוך 3 מתוכננים השבוע');
    expect(publishMessage('silent_channel', 'en', { network: 'Mastodon', silentDays: 9, postsPerWeek: 1 })).toBe(
      'Mastodon has gone 9 days without a post, and the plan calls for 1 a week. Schedule a post to get back on track.',
    );
  });

  it('takes no values for a message without placeholders', () => {
    expect(publishMessage('status.changes_requested', 'he')).toBe('התבקשו שינויים');
    expect(publishMessage('variant.retry', 'en')).toBe('Will try again');
  });

  it('leaves a placeholder without a value visible rather than failing', () => {
    expect(publishMessage('time_in_past', 'en', { time: '09:00' } as { time: string; date: string })).toBe('09:00 on {date} has already passed. Choose a later time.');
  });
});
