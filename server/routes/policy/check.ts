// POST /brands/:brandId/policy/check: the pre-publication checker over HTTP (the live test box, the
// composer, and any tool that wants to check a draft before it posts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkResultSchema } from '../../../core/policy/contracts.ts';
import { NETWORKS } from '../../../core/networks.ts';
import { authorizeBrand } from '../../http/guard.ts';
import { checkForBrand } from '../../services/policy/check.ts';
import { errors, id } from '../common.ts';

export const checkBody = z.strictObject({
  text: z.string().max(70_000, 'The draft is 70,000 characters at most'),
  network: z.enum(NETWORKS).nullable().default(null),
  at: z.iso.datetime({ offset: true, message: 'Must be a date and time (ISO 8601)' }).nullable().default(null),
  paid: z.boolean().default(false),
});

export async function policyCheckRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/brands/:brandId/policy/check', {
    schema: {
      tags: ['policy'],
      summary: 'Check a draft against the brand\'s policy: findings with severity, span, reason and suggestion (he/en)',
      params: z.object({ brandId: id() }),
      body: checkBody,
      response: { 200: checkResultSchema, ...errors(400, 401, 404) },
    },
  }, async (request) => {
    const me = await authorizeBrand(request, request.params.brandId, 'policy.view');
    const { text, network, at, paid } = request.body;
    return checkForBrand(app.ctx.db, me.brand, { text, network, at: at ? new Date(at) : null, paid, author: { userId: me.userId, role: me.role } });
  });
}
