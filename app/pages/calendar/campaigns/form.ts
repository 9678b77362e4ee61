// The campaign form's values, checked before they are sent (the same rules as the server's
// core/publish/contracts.ts campaignBody), and turned into the request body.
import type { CampaignLayer } from '../../../../core/publish/types.ts';
import { addLocalDays, isLocalDate } from '../../../../core/time/zoned.ts';
import type { Campaign, CampaignInput } from '../calendar/api.ts';

export const CAMPAIGN_COLORS = ['blue', 'teal', 'grape', 'orange', 'pink', 'lime', 'cyan', 'red'] as const;
export type CampaignColor = (typeof CAMPAIGN_COLORS)[number];

export interface OfflineEventValues {
  name: string;
  date: string;
  place: string;
}

export interface CampaignFormValues {
  name: string;
  layer: CampaignLayer;
  startsOn: string;
  endsOn: string;
  goal: string;
  color: CampaignColor;
  offlineEvents: OfflineEventValues[];
}

/** A new campaign: from today for a month, preserving the brand (the everyday layer). */
export function newCampaignValues(today: string): CampaignFormValues {
  return { name: '', layer: 'preserve', startsOn: today, endsOn: addLocalDays(today, 30), goal: '', color: 'blue', offlineEvents: [] };
}

export function campaignValues(campaign: Campaign): CampaignFormValues {
  return {
    name: campaign.name,
    layer: campaign.layer,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    goal: campaign.goal,
    color: (CAMPAIGN_COLORS as readonly string[]).includes(campaign.color) ? (campaign.color as CampaignColor) : 'blue',
    offlineEvents: campaign.offlineEvents.map((e) => ({ name: e.name, date: e.date, place: e.place })),
  };
}

/** What is wrong, as keys under calendarArea.campaigns.errors, by field ('offlineEvents.2.date' for an event's). */
export type CampaignFormErrors = Record<string, 'required' | 'date' | 'endBeforeStart'>;

export function checkCampaign(values: CampaignFormValues): CampaignFormErrors {
  const errors: CampaignFormErrors = {};
  if (!values.name.trim()) errors['name'] = 'required';
  if (!values.startsOn) errors['startsOn'] = 'required';
  else if (!isLocalDate(values.startsOn)) errors['startsOn'] = 'date';
  if (!values.endsOn) errors['endsOn'] = 'required';
  else if (!isLocalDate(values.endsOn)) errors['endsOn'] = 'date';
  else if (!errors['startsOn'] && values.endsOn < values.startsOn) errors['endsOn'] = 'endBeforeStart';
  values.offlineEvents.forEach((event, index) => {
    if (!event.name.trim()) errors[`offlineEvents.${index}.name`] = 'required';
    if (!event.date) errors[`offlineEvents.${index}.date`] = 'required';
    else if (!isLocalDate(event.date)) errors[`offlineEvents.${index}.date`] = 'date';
  });
  return errors;
}

export function campaignBody(values: CampaignFormValues): CampaignInput {
  return {
    name: values.name.trim(),
    layer: values.layer,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    goal: values.goal.trim(),
    color: values.color,
    // Offline events in the order they happen.
    offlineEvents: values.offlineEvents
      .map((e) => ({ name: e.name.trim(), date: e.date, place: e.place.trim() }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}
