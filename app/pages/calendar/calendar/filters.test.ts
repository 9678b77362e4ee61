import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../../../../core/publish/contracts.ts';
import { hrefWithFilters, matchesFilters, NO_CAMPAIGN, readDate, readFilters, readView, writeFilters } from './filters.ts';

const post = (over: Partial<Pick<PostSummary, 'status' | 'campaignId' | 'channels'>>) => ({
  status: 'scheduled' as const,
  campaignId: null,
  channels: [{ channelId: 'c-bsky', network: 'bluesky' as const, account: '@cafe', state: 'queued' as const, remoteUrl: null, errorCode: null }],
  ...over,
});

describe('the calendar’s filters in the address', () => {
  it('reads several channels, campaigns and statuses, and drops statuses it does not know', () => {
    const params = new URLSearchParams('brand=b1&channel=c1&channel=c2&campaign=k1&status=failed&status=in_review&status=bogus');
    expect(readFilters(params)).toEqual({ channels: ['c1', 'c2'], campaigns: ['k1'], statuses: ['failed', 'in_review'] });
  });

  it('writes filters back without touching the brand, the view or the date, so the link shares the same view', () => {
    const params = new URLSearchParams('brand=b1&view=week&date=2026-11-22&channel=old');
    const next = writeFilters(params, { channels: ['c1', 'c2'], statuses: ['draft'] });
    expect(next.toString()).toBe('brand=b1&view=week&date=2026-11-22&channel=c1&channel=c2&status=draft');
    expect(readFilters(next)).toEqual({ channels: ['c1', 'c2'], campaigns: [], statuses: ['draft'] });
    // Clearing one filter leaves the others.
    expect(writeFilters(next, { channels: [] }).toString()).toBe('brand=b1&view=week&date=2026-11-22&status=draft');
  });

  it('adds a filter to a link such as the calendar’s home', () => {
    expect(hrefWithFilters('/w/ws/calendar?brand=b1', { campaigns: ['k1'] })).toBe('/w/ws/calendar?brand=b1&campaign=k1');
    expect(hrefWithFilters('/w/ws/calendar', { campaigns: ['k1'] })).toBe('/w/ws/calendar?campaign=k1');
  });

  it('opens on the month view and today unless the address says otherwise', () => {
    expect(readView(new URLSearchParams(''))).toBe('month');
    expect(readView(new URLSearchParams('view=list'))).toBe('list');
    expect(readView(new URLSearchParams('view=year'))).toBe('month');
    expect(readDate(new URLSearchParams('date=2026-12-01'))).toBe('2026-12-01');
    expect(readDate(new URLSearchParams('date=next-week'))).toBeNull();
  });
});

describe('which posts pass the filters', () => {
  const none = { channels: [], campaigns: [], statuses: [] };

  it('shows everything when nothing is chosen', () => {
    expect(matchesFilters(post({}), none)).toBe(true);
  });

  it('keeps a post that goes to any chosen channel, has any chosen status and is in any chosen campaign', () => {
    const twoChannels = post({
      campaignId: 'k1',
      channels: [
        { channelId: 'c-bsky', network: 'bluesky', account: '@cafe', state: 'queued', remoteUrl: null, errorCode: null },
        { channelId: 'c-masto', network: 'mastodon', account: '@cafe@m', state: 'queued', remoteUrl: null, errorCode: null },
      ],
    });
    expect(matchesFilters(twoChannels, { ...none, channels: ['c-masto', 'c-hook'] })).toBe(true);
    expect(matchesFilters(twoChannels, { ...none, channels: ['c-hook'] })).toBe(false);
    expect(matchesFilters(twoChannels, { ...none, statuses: ['draft', 'scheduled'] })).toBe(true);
    expect(matchesFilters(twoChannels, { ...none, statuses: ['failed'] })).toBe(false);
    expect(matchesFilters(twoChannels, { ...none, campaigns: ['k2', 'k1'] })).toBe(true);
    expect(matchesFilters(twoChannels, { channels: ['c-bsky'], campaigns: ['k1'], statuses: ['failed'] })).toBe(false);
  });

  it('finds the posts outside any campaign with the "not in a campaign" choice', () => {
    expect(matchesFilters(post({ campaignId: null }), { ...none, campaigns: [NO_CAMPAIGN] })).toBe(true);
    expect(matchesFilters(post({ campaignId: 'k1' }), { ...none, campaigns: [NO_CAMPAIGN] })).toBe(false);
  });
});
