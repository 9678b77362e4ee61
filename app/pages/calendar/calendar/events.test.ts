import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../../../../core/publish/contracts.ts';
import type { CalendarWindow } from './api.ts';
import { mayReschedule, postEvents, windowEvents, type Viewer } from './events.ts';

const author = { id: 'u-tal', name: 'טל ברק' };

function post(over: Partial<PostSummary> = {}): PostSummary {
  return {
    id: 'p1',
    brandId: 'b1',
    title: 'משקה החודש',
    excerpt: 'לאטה תמרים וטחינה',
    status: 'scheduled',
    scheduledAt: '2026-11-24T07:00:00.000Z',
    publishedAt: null,
    campaignId: null,
    author,
    problem: null,
    channels: [{ channelId: 'c1', network: 'bluesky', account: '@cafe', state: 'queued', remoteUrl: null, errorCode: null }],
    openComments: 0,
    updatedAt: '2026-11-20T07:00:00.000Z',
    ...over,
  };
}

const tal: Viewer = { userId: 'u-tal', mayWrite: true, isManager: false };
const noa: Viewer = { userId: 'u-noa', mayWrite: true, isManager: true };
const maya: Viewer = { userId: 'u-maya', mayWrite: false, isManager: false };

describe('which posts can be dragged to another time', () => {
  it('lets the author move their scheduled post, and a manager move anyone’s', () => {
    expect(mayReschedule(post(), tal)).toBe(true);
    expect(mayReschedule(post({ author: { id: 'u-avi', name: 'Avi' } }), tal)).toBe(false);
    expect(mayReschedule(post({ author: { id: 'u-avi', name: 'Avi' } }), noa)).toBe(true);
  });

  it('never lets a published or publishing post move, nor one already out on a channel', () => {
    expect(mayReschedule(post({ status: 'published' }), noa)).toBe(false);
    expect(mayReschedule(post({ status: 'publishing' }), noa)).toBe(false);
    const halfOut = post({
      status: 'failed',
      channels: [
        { channelId: 'c1', network: 'bluesky', account: '@cafe', state: 'published', remoteUrl: null, errorCode: null },
        { channelId: 'c2', network: 'mastodon', account: '@cafe@m', state: 'failed', remoteUrl: null, errorCode: 'auth_failed' },
      ],
    });
    expect(mayReschedule(halfOut, noa)).toBe(false);
    expect(mayReschedule(post({ status: 'failed' }), noa)).toBe(true);
  });

  it('lets someone who only reads the calendar move nothing', () => {
    expect(mayReschedule(post({ author: { id: 'u-maya', name: 'Maya' } }), maya)).toBe(false);
  });
});

describe('posts as calendar events', () => {
  it('puts each post at its time with its title, status class and whether it may be dragged', () => {
    const [event] = postEvents([post()], tal);
    expect(event).toMatchObject({
      id: 'p1',
      title: 'משקה החודש',
      start: '2026-11-24T07:00:00.000Z',
      end: '2026-11-24T07:30:00.000Z',
      allDay: false,
      startEditable: true,
      durationEditable: false,
    });
    expect(event!.class).toContain('brc-status-scheduled');
    expect(event!.extendedProps).toEqual({ kind: 'post', post: post(), campaign: null });
  });

  it('carries the post’s campaign, for its colour on the calendar', () => {
    const campaigns = new Map([['k1', { name: 'חורף בשקד', color: 'orange' }]]);
    const [tagged, other] = postEvents([post({ campaignId: 'k1' }), post({ id: 'p2', campaignId: 'archived' })], tal, campaigns);
    expect(tagged!.extendedProps).toMatchObject({ campaign: { name: 'חורף בשקד', color: 'orange' } });
    expect(other!.extendedProps).toMatchObject({ campaign: null });
  });

  it('titles an untitled post by its opening words, shows a published one where it went out, and skips one with no time', () => {
    const events = postEvents(
      [post({ id: 'a', title: '' }), post({ id: 'b', status: 'published', scheduledAt: null, publishedAt: '2026-11-16T14:01:00.000Z' }), post({ id: 'c', scheduledAt: null })],
      noa,
    );
    expect(events.map((e) => [e.id, e.title, e.start, e.startEditable])).toEqual([
      ['a', 'לאטה תמרים וטחינה', '2026-11-24T07:00:00.000Z', true],
      ['b', 'משקה החודש', '2026-11-16T14:01:00.000Z', false],
    ]);
  });
});

describe('policy windows as shading', () => {
  const shabbat: CalendarWindow = {
    start: '2026-11-27T13:55:00.000Z',
    end: '2026-11-28T15:14:00.000Z',
    kind: 'shabbat',
    title: { he: 'שבת', en: 'Shabbat' },
    severity: 'warn',
  };

  it('shades the exact hours in the week view, named in the reader’s language', () => {
    const [event] = windowEvents([shabbat], 'hours', 'Asia/Jerusalem', 'he');
    expect(event).toMatchObject({ title: 'שבת', display: 'background', start: shabbat.start, end: shabbat.end, allDay: false });
  });

  it('covers every local day the window touches in the month view, in the brand’s zone', () => {
    const [event] = windowEvents([shabbat], 'days', 'Asia/Jerusalem', 'en');
    // Friday afternoon to Saturday night: Friday and Saturday; the end is the exclusive Sunday.
    expect(event).toMatchObject({ title: 'Shabbat', start: '2026-11-27', end: '2026-11-29', allDay: true });
    // A window ending exactly at local midnight does not spill into the next day.
    const memorial: CalendarWindow = { ...shabbat, kind: 'memorial', start: '2027-05-10T17:00:00.000Z', end: '2027-05-10T21:00:00.000Z' };
    expect(windowEvents([memorial], 'days', 'Asia/Jerusalem', 'en')[0]).toMatchObject({ start: '2027-05-10', end: '2027-05-11' });
  });

  it('draws a window whose rule blocks posts in red, whatever its kind', () => {
    const [warn, block] = windowEvents([shabbat, { ...shabbat, severity: 'block' }], 'hours', 'Asia/Jerusalem', 'en');
    expect(warn!.color).toContain('violet');
    expect(block!.color).toContain('red');
  });
});
