// A brand's campaigns: list, create, read, change, archive and restore.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { campaignBody } from '../../../core/publish/contracts.ts';
import { actorOf, authorizeBrand } from '../../http/guard.ts';
import { createCampaign, getCampaign, listCampaigns, setCampaignArchived, updateCampaign } from '../../services/publish/campaigns.ts';
import { errors } from '../common.ts';
import { brandParams, campaignAnswer, campaignParams, campaignsAnswer, listCampaignsQuery, updateCampaignBody } from './schema.ts';

export async function campaignRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  r.get('/brands/:brandId/campaigns', {
    schema: { tags: ['campaigns'], summary: 'The brand\'s campaigns, latest start first, with how many posts each has', params: brandParams, querystring: listCampaignsQuery, response: { 200: campaignsAnswer, ...errors(400, 401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'post.view');
    return { items: await listCampaigns(db, me.brand.id, { archived: request.query.archived }) };
  });

  r.post('/brands/:brandId/campaigns', {
    schema: { tags: ['campaigns'], summary: 'Start a campaign', params: brandParams, body: campaignBody, response: { 201: campaignAnswer, ...errors(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const me = await authorizeBrand(request, request.params.brandId, 'campaign.edit');
    const campaign = await createCampaign(db, actorOf(request), me.brand, request.body);
    return reply.status(201).send({ campaign });
  });

  r.get('/brands/:brandId/campaigns/:campaignId', {
    schema: { tags: ['campaigns'], summary: 'One campaign', params: campaignParams, response: { 200: campaignAnswer, ...errors(400, 401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'post.view');
    return { campaign: await getCampaign(db, me.brand.id, request.params.campaignId) };
  });

  r.patch('/brands/:brandId/campaigns/:campaignId', {
    schema: { tags: ['campaigns'], summary: 'Change some of a campaign\'s fields (an archived one must be restored first)', params: campaignParams, body: updateCampaignBody, response: { 200: campaignAnswer, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'campaign.edit');
    return { campaign: await updateCampaign(db, actorOf(request), me.brand.id, request.params.campaignId, request.body) };
  });

  r.post('/brands/:brandId/campaigns/:campaignId/archive', {
    schema: { tags: ['campaigns'], summary: 'Archive a campaign: hidden from the lists, its posts keep their tag', params: campaignParams, response: { 200: campaignAnswer, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'campaign.edit');
    return { campaign: await setCampaignArchived(db, actorOf(request), me.brand.id, request.params.campaignId, true) };
  });

  r.post('/brands/:brandId/campaigns/:campaignId/restore', {
    schema: { tags: ['campaigns'], summary: 'Bring an archived campaign back', params: campaignParams, response: { 200: campaignAnswer, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'campaign.edit');
    return { campaign: await setCampaignArchived(db, actorOf(request), me.brand.id, request.params.campaignId, false) };
  });
}
