import { describe, expect, it } from 'vitest';
import { allowedGapDays, restDays, silence, weeklyCadence, type CadencePost } from './cadence.ts';

const IL = 'Asia/Jerusalem';
const utc = (iso: string) => new Date(iso);

describe('weeklyCadence', () => {
  // The Israeli week from Sunday 22 March 2026 00:00 (winter time) to Sunday 29 March 00:00 (summer
  // time, since Friday 27 March): 167 hours.
  const weekStart = utc('2026-03-21T22:00:00Z');
  const post = (network: CadencePost['network'], status: CadencePost['status'], scheduledAt: string | null, publishedAt?: string): CadencePost => ({
    network,
    status,
    scheduledAt: scheduledAt ? utc(scheduledAt) : null,
    publishedAt: publishedAt ? utc(publishedAt) : null,
  });

  it('counts each plan channel\'s published and scheduled posts in the brand\'s week, in plan order', () => {
    const rows = weeklyCadence({
      planChannels: [
        { network: 'bluesky', postsPerWeek: 3 },
        { network: 'mastodon', postsPerWeek: 1 },
        { network: 'instagram', postsPerWeek: 2 },
      ],
      posts: [
        post('bluesky', 'published', '2026-03-22T08:00:00Z', '2026-03-22T08:00:04Z'), // Sunday 10:00
        post('bluesky', 'scheduled', '2026-03-24T07:00:00Z'), // Tuesday 09:00
        post('bluesky', 'draft', '2026-03-25T07:00:00Z'), // a draft may never go out
        post('bluesky', 'failed', '2026-03-26T07:00:00Z'), // reached no one
        post('bluesky', 'scheduled', '2026-03-28T20:30:00Z'), // Saturday 23:30 summer time: still this week
        post('bluesky', 'scheduled', '2026-03-28T21:30:00Z'), // Sunday 29 March 00:30: next week, though within 168 hours
        post('bluesky', 'published', '2026-03-21T21:00:00Z', '2026-03-21T21:00:02Z'), // Saturday 21 March 23:00: last week
        post('mastodon', 'in_review', '2026-03-23T07:00:00Z'),
        post('mastodon', 'scheduled', null),
        post('webhook', 'scheduled', '2026-03-23T07:00:00Z'), // not in the plan
      ],
      weekStart,
      timeZone: IL,
    });
    expect(rows).toEqual([
      { network: 'bluesky', goal: 3, planned: 3, remaining: 0, met: true, scheduled: 2, published: 1 },
      { network: 'mastodon', goal: 1, planned: 0, remaining: 1, met: false, scheduled: 0, published: 0 },
      { network: 'instagram', goal: 2, planned: 0, remaining: 2, met: false, scheduled: 0, published: 0 },
    ]);
  });

  it('counts approved and publishing posts as on their way, and a published post in the week it went out', () => {
    const [row] = weeklyCadence({
      planChannels: [{ network: 'mastodon', postsPerWeek: 4 }],
      posts: [
        post('mastodon', 'approved', '2026-03-23T07:00:00Z'),
        post('mastodon', 'publishing', '2026-03-23T09:00:00Z'),
        // Due Saturday 23:50, published ten minutes late on Sunday 29 March: it counts next week.
        post('mastodon', 'published', '2026-03-28T20:50:00Z', '2026-03-28T21:10:00Z'),
        // Due last Saturday, published after midnight: it counts this week.
        post('mastodon', 'published', '2026-03-21T21:50:00Z', '2026-03-21T22:05:00Z'),
      ],
      weekStart,
      timeZone: IL,
    });
    expect(row).toEqual({ network: 'mastodon', goal: 4, planned: 3, remaining: 1, met: false, scheduled: 2, published: 1 });
  });

  it('goes over the goal without a negative remainder', () => {
    const [row] = weeklyCadence({
      planChannels: [{ network: 'bluesky', postsPerWeek: 1 }],
      posts: [post('bluesky', 'scheduled', '2026-03-23T07:00:00Z'), post('bluesky', 'scheduled', '2026-03-24T07:00:00Z')],
      weekStart,
      timeZone: IL,
    });
    expect(row).toMatchObject({ goal: 1, planned: 2, remaining: 0, met: true });
  });
});

describe('allowedGapDays', () => {
  it('is the plan\'s days between posts, rounded up, plus a day of grace', () => {
    expect(allowedGapDays(1)).toBe(8);
    expect(allowedGapDays(2)).toBe(5); // 3.5 → 4, + 1
    expect(allowedGapDays(3)).toBe(4); // 2.33 → 3, + 1
    expect(allowedGapDays(7)).toBe(2);
    expect(allowedGapDays(14)).toBe(2); // at least a day, + 1
    expect(allowedGapDays(0)).toBeNull();
  });
});

describe('silence', () => {
  // Tuesday 10 March 2026, noon in Israel.
  const now = utc('2026-03-10T10:00:00Z');
  const planChannels = [
    { network: 'bluesky', postsPerWeek: 3 }, // may be quiet 4 days
    { network: 'mastodon', postsPerWeek: 1 }, // 8 days
    { network: 'webhook', postsPerWeek: 7 }, // 2 days
  ] as const;

  it('lists the channels quiet for longer than their plan allows, most overdue first', () => {
    expect(
      silence({
        planChannels,
        lastPublishedByNetwork: {
          bluesky: utc('2026-03-04T18:00:00Z'), // Wednesday 4 March, 20:00: 6 days
          mastodon: utc('2026-03-01T08:00:00Z'), // Sunday 1 March: 9 days
          webhook: utc('2026-03-07T22:30:00Z'), // Sunday 8 March 00:30 in Israel (still the 7th in UTC): 2 days
        },
        now,
        timeZone: IL,
      }),
    ).toEqual([
      { network: 'bluesky', postsPerWeek: 3, lastPublishedAt: utc('2026-03-04T18:00:00Z'), allowedGapDays: 4, silentDays: 6 },
      { network: 'mastodon', postsPerWeek: 1, lastPublishedAt: utc('2026-03-01T08:00:00Z'), allowedGapDays: 8, silentDays: 9 },
    ]);
  });

  it('counts calendar days, not hours: a weekly channel is fine on the 8th day and silent on the 9th', () => {
    const lastPublishedByNetwork = { mastodon: utc('2026-03-01T20:00:00Z') }; // Sunday 1 March, 22:00
    const mastodonOnly = [{ network: 'mastodon' as const, postsPerWeek: 1 }];
    // Monday 9 March, 08:00: 8 days, allowed.
    expect(silence({ planChannels: mastodonOnly, lastPublishedByNetwork, now: utc('2026-03-09T06:00:00Z'), timeZone: IL })).toEqual([]);
    // Tuesday 10 March, 00:05: the 9th day has begun.
    expect(silence({ planChannels: mastodonOnly, lastPublishedByNetwork, now: utc('2026-03-09T22:05:00Z'), timeZone: IL })).toMatchObject([
      { network: 'mastodon', silentDays: 9 },
    ]);
  });

  it('does not count rest days the brand keeps', () => {
    const rows = silence({
      planChannels,
      lastPublishedByNetwork: { bluesky: utc('2026-03-04T18:00:00Z'), mastodon: utc('2026-03-01T08:00:00Z'), webhook: utc('2026-03-09T08:00:00Z') },
      now,
      timeZone: IL,
      // Saturday 7 March falls in both gaps; 28 February and 14 March are outside them.
      excludedDays: new Set(['2026-02-28', '2026-03-07', '2026-03-14']),
    });
    // Bluesky: 6 days less Shabbat = 5, still over 4. Mastodon: 9 less 1 = 8, allowed.
    expect(rows).toEqual([{ network: 'bluesky', postsPerWeek: 3, lastPublishedAt: utc('2026-03-04T18:00:00Z'), allowedGapDays: 4, silentDays: 5 }]);
  });

  it('never alerts for a channel the plan gives 0 posts a week', () => {
    expect(silence({ planChannels: [{ network: 'bluesky', postsPerWeek: 0 }], lastPublishedByNetwork: { bluesky: utc('2025-01-01T00:00:00Z') }, now, timeZone: IL })).toEqual([]);
  });

  it('counts a network with no post yet from when the plan took effect, and leaves it out without that date', () => {
    const args = { planChannels: [{ network: 'bluesky' as const, postsPerWeek: 3 }], lastPublishedByNetwork: { bluesky: null }, now, timeZone: IL };
    expect(silence(args)).toEqual([]);
    expect(silence({ ...args, since: utc('2026-03-02T07:00:00Z') })).toEqual([
      { network: 'bluesky', postsPerWeek: 3, lastPublishedAt: null, allowedGapDays: 4, silentDays: 8 },
    ]);
    expect(silence({ ...args, since: utc('2026-03-08T07:00:00Z') })).toEqual([]);
  });

  it('a post in the future (a clock ahead of ours) is no silence', () => {
    expect(silence({ planChannels, lastPublishedByNetwork: { bluesky: utc('2026-03-12T00:00:00Z') }, now, timeZone: IL })).toEqual([]);
  });
});

describe('restDays', () => {
  // Pesach 2026: the first day is Thursday 2 April, the seventh Wednesday 8 April.
  const from = utc('2026-03-28T22:00:00Z'); // Sunday 29 March, 01:00 in Israel
  const to = utc('2026-04-11T12:00:00Z'); // Saturday 11 April

  it('on the Israeli calendar: the Shabbatot and the first and seventh days of Pesach', () => {
    expect([...restDays(from, to, IL, { region: 'israel', includeYomTov: true })]).toEqual(['2026-04-02', '2026-04-04', '2026-04-08', '2026-04-11']);
  });

  it('in the diaspora the second and eighth days are holidays too', () => {
    expect([...restDays(from, to, IL, { region: 'diaspora', includeYomTov: true })]).toEqual([
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-08',
      '2026-04-09',
      '2026-04-11',
    ]);
  });

  it('only Shabbat when the brand keeps Shabbat alone; Friday, which ends in Shabbat, stays a working day', () => {
    expect([...restDays(from, to, IL, { region: 'israel', includeYomTov: false })]).toEqual(['2026-04-04', '2026-04-11']);
  });

  it('feeds silence: a weekly channel quiet over Pesach is not silent on the 9th day', () => {
    const lastPublishedByNetwork = { mastodon: utc('2026-03-31T07:00:00Z') }; // Tuesday 31 March
    const at = utc('2026-04-09T07:00:00Z'); // Thursday 9 April: 9 days, 3 of them rest days
    const excludedDays = restDays(lastPublishedByNetwork.mastodon, at, IL, { region: 'israel', includeYomTov: true });
    expect(silence({ planChannels: [{ network: 'mastodon', postsPerWeek: 1 }], lastPublishedByNetwork, now: at, timeZone: IL })).toMatchObject([{ silentDays: 9 }]);
    expect(silence({ planChannels: [{ network: 'mastodon', postsPerWeek: 1 }], lastPublishedByNetwork, now: at, timeZone: IL, excludedDays })).toEqual([]);
  });
});
