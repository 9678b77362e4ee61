import { z } from 'zod';
import { campaignBody, campaignSchema } from '../../../core/publish/contracts.ts';
import { id } from '../common.ts';

export const brandParams = z.object({ brandId: id() });
export const campaignParams = brandParams.extend({ campaignId: id() });

export const listCampaignsQuery = z.strictObject({
  archived: z
    .enum(['true', 'false'], { message: 'Must be true or false' })
    .optional()
    .transform((v) => v === 'true')
    .describe('true: only the archived campaigns; false (the default): the active ones'),
});

// A change names only the fields it changes: without their defaults, a missing goal stays as it is
// instead of becoming empty. The end-after-start rule is checked by the service on the merged dates.
const { goal, offlineEvents, color, ...required } = campaignBody.shape;
export const updateCampaignBody = z
  .strictObject({ ...required, goal: goal.unwrap(), offlineEvents: offlineEvents.unwrap(), color: color.unwrap() })
  .partial();

export const campaignAnswer = z.object({ campaign: campaignSchema });
export const campaignsAnswer = z.object({ items: z.array(campaignSchema) });
