// A brand's action plan: the current version, saving a new one, and its history.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { planAnswerSchema, planVersionSchema, planVersionSummarySchema } from '../../../core/plan/contracts.ts';
import { actorOf, authorizeBrand } from '../../http/guard.ts';
import { notFound } from '../../http/errors.ts';
import { getPlanVersion, listPlanVersions, savePlan } from '../../services/plan/plan.ts';
import { errors, id, page } from '../common.ts';
import { listVersionsQuery, savePlanBody, versionParam } from './schema.ts';

const brandParams = z.object({ brandId: id() });
const one = z.object({ plan: planVersionSchema });

export async function planRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  r.get('/brands/:brandId/plan', {
    schema: { tags: ['plan'], summary: 'The brand\'s plan in force (plan: null before the first one is saved)', params: brandParams, response: { 200: planAnswerSchema, ...errors(401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'plan.view');
    return { plan: await getPlanVersion(db, me.brand.id) };
  });

  r.put('/brands/:brandId/plan', {
    schema: { tags: ['plan'], summary: 'Save a new version of the brand\'s plan', params: brandParams, body: savePlanBody, response: { 201: one, ...errors(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const me = await authorizeBrand(request, request.params.brandId, 'plan.edit');
    const plan = await savePlan(db, actorOf(request), me.brand.id, request.body);
    return reply.status(201).send({ plan });
  });

  r.get('/brands/:brandId/plan/versions', {
    schema: { tags: ['plan'], summary: 'Versions of the brand\'s plan, newest first, with author and note', params: brandParams, querystring: listVersionsQuery, response: { 200: page(planVersionSummarySchema), ...errors(400, 401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'plan.view');
    return listPlanVersions(db, me.brand.id, { limit: request.query.limit, before: request.query.cursor ?? null });
  });

  r.get('/brands/:brandId/plan/versions/:version', {
    schema: { tags: ['plan'], summary: 'One version of the brand\'s plan, as it was saved', params: brandParams.extend({ version: versionParam }), response: { 200: one, ...errors(400, 401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'plan.view');
    const plan = await getPlanVersion(db, me.brand.id, request.params.version);
    if (!plan) throw notFound('This plan version');
    return { plan };
  });
}
