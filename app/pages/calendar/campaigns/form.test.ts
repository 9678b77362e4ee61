import { describe, expect, it } from 'vitest';
import { calendarEn } from '../../../i18n/calendar.en.ts';
import { calendarHe } from '../../../i18n/calendar.he.ts';
import { campaignBody, campaignValues, checkCampaign, newCampaignValues } from './form.ts';

describe('the campaign form', () => {
  it('starts a new campaign today for a month, in the everyday layer', () => {
    expect(newCampaignValues('2026-11-22')).toMatchObject({ startsOn: '2026-11-22', endsOn: '2026-12-22', layer: 'preserve', name: '' });
  });

  it('names the fields to fix: the name, an end before the start, an offline event without a name or date', () => {
    const values = {
      ...newCampaignValues('2026-11-22'),
      name: '  ',
      endsOn: '2026-11-01',
      offlineEvents: [
        { name: 'ערב שכונה', date: '2026-11-26', place: 'פלורנטין' },
        { name: '', date: '', place: '' },
      ],
    };
    expect(checkCampaign(values)).toEqual({
      name: 'required',
      endsOn: 'endBeforeStart',
      'offlineEvents.1.name': 'required',
      'offlineEvents.1.date': 'required',
    });
    expect(checkCampaign({ ...values, name: 'חורף', endsOn: '2026-12-31', offlineEvents: [] })).toEqual({});
    expect(checkCampaign({ ...values, name: 'x', startsOn: '2026-02-30', offlineEvents: [] })).toEqual({ startsOn: 'date' });
  });

  it('has words for every error it can name, in both languages', () => {
    for (const key of ['required', 'date', 'endBeforeStart'] as const) {
      expect(calendarEn.campaigns.errors[key]).toBeTruthy();
      expect(calendarHe.campaigns.errors[key]).toBeTruthy();
    }
  });

  it('sends trimmed text and the offline events in date order', () => {
    const body = campaignBody({
      ...newCampaignValues('2026-11-22'),
      name: ' חורף בשקד ',
      goal: ' 200 איש בערב ',
      offlineEvents: [
        { name: 'תודה', date: '2026-12-10', place: '' },
        { name: ' ערב שכונה ', date: '2026-11-26', place: ' פלורנטין ' },
      ],
    });
    expect(body).toMatchObject({ name: 'חורף בשקד', goal: '200 איש בערב' });
    expect(body.offlineEvents).toEqual([
      { name: 'ערב שכונה', date: '2026-11-26', place: 'פלורנטין' },
      { name: 'תודה', date: '2026-12-10', place: '' },
    ]);
  });

  it('edits a campaign from what the server answered, keeping an unknown colour out', () => {
    const values = campaignValues({
      id: 'k1',
      brandId: 'b1',
      name: 'Open day',
      layer: 'image',
      startsOn: '2026-11-20',
      endsOn: '2026-12-05',
      goal: '',
      offlineEvents: [{ name: 'Open day', date: '2026-11-29', place: 'Tel Aviv' }],
      color: 'mauve',
      postCount: 4,
      archivedAt: null,
      createdAt: '2026-10-22T00:00:00.000Z',
    });
    expect(values).toMatchObject({ layer: 'image', color: 'blue', offlineEvents: [{ name: 'Open day', date: '2026-11-29', place: 'Tel Aviv' }] });
  });
});
