// The policy document (a brand's own, or the workspace default), its versions and acknowledgements.
// Rules and the checker are in rules.ts and check.ts beside this file.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acknowledgementStatusSchema, myAcknowledgementSchema, policyVersionSchema } from '../../../core/policy/contracts.ts';
import { actorOf, authorize, authorizeBrand } from '../../http/guard.ts';
import { acknowledge, acknowledgementOf, acknowledgementStatus } from '../../services/policy/acknowledgements.ts';
import { currentOfScope, currentPolicy, getVersion, listVersions, withAuthor } from '../../services/policy/documents.ts';
import { savePolicy } from '../../services/policy/save.ts';
import { errors, id } from '../common.ts';
import { policyCheckRoutes } from './check.ts';
import { policyRuleRoutes } from './rules.ts';
import { acknowledgeBody, savePolicyBody, versionParam } from './schema.ts';

const brandParams = z.object({ brandId: id() });
const wsParams = z.object({ workspaceId: id() });
const brandPolicy = z.object({
  policy: policyVersionSchema.nullable(),
  /** Whether the brand has its own policy (false: it follows the workspace default, if any). */
  ownPolicy: z.boolean(),
  mine: myAcknowledgementSchema,
});
const versions = z.object({ items: z.array(policyVersionSchema) });
const one = z.object({ policy: policyVersionSchema });

export async function policyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  r.get('/brands/:brandId/policy', {
    schema: { tags: ['policy'], summary: 'The policy a brand follows now, and whether you have acknowledged it', params: brandParams, response: { 200: brandPolicy, ...errors(401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.view');
    const policy = await currentPolicy(db, me.workspaceId, me.brand.id);
    return {
      policy: policy ? await withAuthor(db, policy) : null,
      ownPolicy: policy?.brandId === me.brand.id,
      mine: await acknowledgementOf(db, me.userId, me.role, policy),
    };
  });

  r.put('/brands/:brandId/policy', {
    schema: { tags: ['policy'], summary: 'Save a new version of the brand\'s own policy (everyone who speaks for the brand is asked to acknowledge it)', params: brandParams, body: savePolicyBody, response: { 201: one, ...errors(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.edit');
    const policy = await savePolicy(app.ctx, { ...actorOf(request), userId: me.userId }, { workspaceId: me.workspaceId, brandId: me.brand.id }, request.body);
    return reply.status(201).send({ policy });
  });

  r.get('/brands/:brandId/policy/versions', {
    schema: { tags: ['policy'], summary: 'Versions of the brand\'s own policy, newest first', params: brandParams, response: { 200: versions, ...errors(401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.view');
    return { items: await listVersions(db, { workspaceId: me.workspaceId, brandId: me.brand.id }) };
  });

  r.get('/brands/:brandId/policy/versions/:version', {
    schema: { tags: ['policy'], summary: 'One version of the brand\'s own policy', params: brandParams.extend({ version: versionParam }), response: { 200: one, ...errors(400, 401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.view');
    return { policy: await getVersion(db, { workspaceId: me.workspaceId, brandId: me.brand.id }, request.params.version) };
  });

  r.post('/brands/:brandId/policy/acknowledgements', {
    schema: { tags: ['policy'], summary: 'Acknowledge that you read the brand\'s current policy version', params: brandParams, body: acknowledgeBody, response: { 200: z.object({ policyVersionId: z.string(), acknowledgedAt: z.string() }), ...errors(400, 401, 404, 409) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.view');
    return acknowledge(db, { ...actorOf(request), userId: me.userId }, me.workspaceId, me.brand.id, request.body.policyVersionId);
  });

  r.get('/brands/:brandId/policy/acknowledgements', {
    schema: { tags: ['policy'], summary: 'Who must acknowledge the current policy, and who has', params: brandParams, response: { 200: acknowledgementStatusSchema, ...errors(401, 403, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.edit');
    return acknowledgementStatus(db, me.workspaceId, me.brand.id);
  });

  r.get('/workspaces/:workspaceId/policy', {
    schema: { tags: ['policy'], summary: 'The workspace default policy (brands without their own follow it)', params: wsParams, response: { 200: z.object({ policy: policyVersionSchema.nullable() }), ...errors(401, 404) } },
  }, async (request) => {
    const me = await authorize(request, request.params.workspaceId, 'workspace.view');
    const policy = await currentOfScope(db, { workspaceId: me.workspaceId, brandId: null });
    return { policy: policy ? await withAuthor(db, policy) : null };
  });

  r.put('/workspaces/:workspaceId/policy', {
    schema: { tags: ['policy'], summary: 'Save a new version of the workspace default policy', params: wsParams, body: savePolicyBody, response: { 201: one, ...errors(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const me = await authorize(request, request.params.workspaceId, 'workspace.update');
    const policy = await savePolicy(app.ctx, { ...actorOf(request), userId: me.userId }, { workspaceId: me.workspaceId, brandId: null }, request.body);
    return reply.status(201).send({ policy });
  });

  r.get('/workspaces/:workspaceId/policy/versions', {
    schema: { tags: ['policy'], summary: 'Versions of the workspace default policy, newest first', params: wsParams, response: { 200: versions, ...errors(401, 404) } },
  }, async (request) => {
    const me = await authorize(request, request.params.workspaceId, 'workspace.view');
    return { items: await listVersions(db, { workspaceId: me.workspaceId, brandId: null }) };
  });

  await app.register(policyRuleRoutes);
  await app.register(policyCheckRoutes);
}
