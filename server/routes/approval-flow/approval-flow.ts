// A brand's approval flow: read it (everyone on the brand sees who approves) and replace it (managers).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { approvalFlowBody, approvalFlowSchema } from '../../../core/publish/contracts.ts';
import { actorOf, authorizeBrand } from '../../http/guard.ts';
import { getApprovalFlow, saveApprovalFlow } from '../../services/publish/approval-flow.ts';
import { errors, id } from '../common.ts';

const brandParams = z.object({ brandId: id() });

export async function approvalFlowRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  r.get('/brands/:brandId/approval-flow', {
    schema: { tags: ['approval flow'], summary: 'The steps a submitted post of this brand passes (none: it goes straight to its schedule)', params: brandParams, response: { 200: approvalFlowSchema, ...errors(400, 401, 404) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'post.view');
    return getApprovalFlow(db, me.brand.id);
  });

  r.put('/brands/:brandId/approval-flow', {
    schema: { tags: ['approval flow'], summary: 'Replace the brand\'s approval flow; posts already submitted keep the steps they were given', params: brandParams, body: approvalFlowBody, response: { 200: approvalFlowSchema, ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.edit');
    return saveApprovalFlow(db, actorOf(request), me.brand.id, request.body);
  });
}
