import { describe, expect, it } from 'vitest';
import { publishMessage } from '../../../core/publish/messages.ts';
import { translator } from '../../i18n/testing.ts';
import { inAppPath, noticeBrand, noticeWords, relativeTime } from './noticeText.ts';

const WS = '00000000-0000-4000-8000-00000000d3e0';
const CAFE = '00000000-0000-4000-8000-0000000cafe1';
/** The bidi isolate every piece of stored text is wrapped in. */
const iso = (text: string) => `\u2068${text}\u2069`;

describe('what a notice says', () => {
  it('words a failed post with its channel and the reason in plain words in the reader’s language', async () => {
    const failed = {
      kind: 'post_failed' as const,
      params: { post: 'מתכון לסחלב', brand: 'קפה שקד', channel: '@cafe@mastodon.example (mastodon)', reasonCode: 'auth_failed', reason: 'old words', reasonHe: 'מילים ישנות' },
    };
    const he = noticeWords(await translator('he'), failed, 'he');
    expect(he.title).toBe(`הפוסט "${iso('מתכון לסחלב')}" לא פורסם ב${iso('מסטודון')}`);
    expect(he.detail).toBe(publishMessage('auth_failed', 'he'));
    const en = noticeWords(await translator('en'), failed, 'en');
    expect(en.title).toBe(`“${iso('מתכון לסחלב')}” was not published on ${iso('Mastodon')}`);
    expect(en.detail).toBe(publishMessage('auth_failed', 'en'));
  });

  it('falls back to the server’s own words for a reason code this app does not know', async () => {
    const notice = { kind: 'post_failed' as const, params: { post: 'Open day', reasonCode: 'something_new', reason: 'The network is on fire.', reasonHe: 'הרשת בוערת.' } };
    expect(noticeWords(await translator('he'), notice, 'he')).toEqual({ title: `הפוסט "${iso('Open day')}" לא פורסם`, detail: 'הרשת בוערת.' });
    expect(noticeWords(await translator('en'), notice, 'en').detail).toBe('The network is on fire.');
  });

  it('says which channel to reconnect, and on which network', async () => {
    const channel = '@cafe@mastodon.example (mastodon)';
    expect(noticeWords(await translator('he'), { kind: 'channel_needs_reconnect', params: { channel, brand: 'קפה שקד' } }, 'he').title).toBe(
      `צריך לחבר מחדש את ${iso('@cafe@mastodon.example')} ב${iso('מסטודון')}`,
    );
    expect(noticeWords(await translator('en'), { kind: 'channel_needs_reconnect', params: { channel: 'Old style name' } }, 'en').title).toBe(
      `Reconnect the channel ${iso('Old style name')}`,
    );
  });

  it('names who asks for approval and at which step, and copes when a name is missing', async () => {
    const en = await translator('en');
    const asked = { kind: 'approval_requested' as const, params: { post: 'Open day details', by: 'Noa', step: 'Brand manager', brand: 'Shaked Roasters' } };
    expect(noticeWords(en, asked, 'en')).toEqual({
      title: `“${iso('Open day details')}” awaits your approval`,
      detail: `Sent by ${iso('Noa')} · step: ${iso('Brand manager')}`,
    });
    expect(noticeWords(en, { kind: 'approval_requested', params: { post: '  Two\nlines  ', by: 42n } }, 'en')).toEqual({
      title: `“${iso('Two lines')}” awaits your approval`,
      detail: `Sent by ${iso('Someone')}`,
    });
    expect(noticeWords(await translator('he'), { kind: 'post_published', params: {} }, 'he').title).toBe(`"${iso('פוסט ללא כותרת')}" פורסם`);
  });

  it('keeps people’s words as they are, markup and all, for React to show as text', async () => {
    const words = noticeWords(await translator('en'), { kind: 'changes_requested', params: { post: '<img src=x onerror=alert(1)>', by: 'Dana', note: 'Use "we" & <b>not</b> "I"' } }, 'en');
    expect(words.title).toContain('<img src=x onerror=alert(1)>');
    expect(words.detail).toBe(`${iso('Dana')}: “${iso('Use "we" & <b>not</b> "I"')}”`);
  });

  it('says a pause with its reason, and silence with the network’s name and the days', async () => {
    const he = await translator('he');
    expect(noticeWords(he, { kind: 'brand_paused', params: { brand: 'קפה שקד', by: 'דנה לוי', reason: 'תקלה בסניף' } }, 'he')).toEqual({
      title: `כל הפרסומים של ${iso('קפה שקד')} הוקפאו`,
      detail: `${iso('דנה לוי')}: "${iso('תקלה בסניף')}"`,
    });
    expect(noticeWords(he, { kind: 'silence', params: { brand: 'קפה שקד', network: 'bluesky', days: 9 } }, 'he')).toEqual({
      title: `המותג ${iso('קפה שקד')} שותק ב־${iso('Bluesky')}`,
      detail: 'כבר 9 ימים לא עלה שם פוסט, יותר ממה שהתוכנית מרשה. שתיקה פוגעת במותג.',
    });
    expect(noticeWords(await translator('en'), { kind: 'silence', params: { brand: 'Roasters', network: 'mastodon', days: 1 } }, 'en').detail).toMatch(/^Nothing was published there for a day,/);
  });

  it('has a sentence for every kind in both languages, with no placeholder left unfilled', async () => {
    const kinds = ['approval_requested', 'post_approved', 'changes_requested', 'post_commented', 'post_published', 'post_failed', 'not_approved_in_time', 'channel_needs_reconnect', 'brand_paused', 'brand_resumed', 'silence'] as const;
    const params = { post: 'P', brand: 'B', by: 'X', step: 'S', note: 'N', channel: 'C', reasonCode: 'timeout', reason: 'R', network: 'webhook', days: 4 };
    for (const lang of ['he', 'en'] as const) {
      const t = await translator(lang);
      for (const kind of kinds) {
        const { title, detail } = noticeWords(t, { kind, params }, lang);
        expect(title, `${lang} ${kind}`).not.toMatch(/\{\{|noticesArea/);
        expect(detail ?? '', `${lang} ${kind}`).not.toMatch(/\{\{|noticesArea/);
      }
    }
  });

  it('names the brand from the notice, else from the brands the reader can see', () => {
    const names = new Map([[CAFE, 'קפה שקד']]);
    expect(noticeBrand({ brandId: CAFE, params: { brand: 'Old name' } }, names)).toBe('Old name');
    expect(noticeBrand({ brandId: CAFE, params: {} }, names)).toBe('קפה שקד');
    expect(noticeBrand({ brandId: null, params: {} }, names)).toBe('');
  });
});

describe('where a notice leads', () => {
  it('follows a path inside the app, as the server writes them', () => {
    const link = `/w/${WS}/calendar/posts/53f87778-0c97-476f-8d2c-0d72dd50d92c?brand=${CAFE}`;
    expect(inAppPath(link)).toBe(link);
    expect(inAppPath(`/w/${WS}/settings/channels?brand=${CAFE}#top`)).toBe(`/w/${WS}/settings/channels?brand=${CAFE}#top`);
  });

  it('refuses anything that would leave the app', () => {
    for (const link of [
      'https://evil.example/w/x',
      '//evil.example/w/x',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'javascript:alert(1)',
      ' /w/x',
      'w/x',
      '',
      null,
      42,
    ]) {
      expect(inAppPath(link), String(link)).toBeNull();
    }
  });
});

describe('when a notice came', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');
  const before = (ms: number) => new Date(now - ms).toISOString();

  it('says it the way people do, in both languages', () => {
    expect(relativeTime(before(20_000), 'en', now)).toBe('now');
    expect(relativeTime(new Date(now + 5_000).toISOString(), 'en', now)).toBe('now');
    expect(relativeTime(before(5 * 60_000), 'en', now)).toBe('5 minutes ago');
    expect(relativeTime(before(3 * 3_600_000), 'en', now)).toBe('3 hours ago');
    expect(relativeTime(before(26 * 3_600_000), 'en', now)).toBe('yesterday');
    // By calendar days in Israel: 43 hours before Sunday noon is Friday afternoon.
    expect(relativeTime(before(43 * 3_600_000), 'en', now)).toBe('2 days ago');
    expect(relativeTime(before(43 * 3_600_000), 'he', now)).toBe('שלשום');
    // Just after midnight, what came late last night is hours ago, not "yesterday".
    expect(relativeTime('2026-11-21T21:00:00Z', 'en', Date.parse('2026-11-21T22:30:00Z'))).toBe('1 hour ago');
    expect(relativeTime(before(5 * 60_000), 'he', now)).toBe('לפני 5 דקות');
    expect(relativeTime(before(3 * 86_400_000), 'he', now)).toBe('לפני 3 ימים');
  });

  it('gives the date itself once a week has passed', () => {
    expect(relativeTime('2026-11-02T09:00:00Z', 'en', now)).toBe('2 Nov 2026');
    expect(relativeTime('2026-11-02T09:00:00Z', 'he', now)).toBe('2 בנוב׳ 2026');
  });
});
