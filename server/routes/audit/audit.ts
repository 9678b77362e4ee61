import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../http/guard.ts';
import { AppError } from '../../http/errors.ts';
import { listAudit } from '../../services/audit/audit.ts';
import { auditEventSchema, errors, id, page } from '../common.ts';

const query = z.strictObject({
  limit: z.coerce.number().int().min(1, 'Must be at least 1').max(100, 'Must be at most 100').default(50),
  cursor: z.string().regex(/^\d{1,15}$/, 'The page cursor is not valid').optional(),
  action: z.string().max(100).optional(),
  brandId: id().optional(),
  actorId: id().optional(),
  from: z.iso.datetime({ offset: true, message: 'Must be an ISO date-time, e.g. 2026-11-21T09:00:00Z' }).optional(),
  to: z.iso.datetime({ offset: true, message: 'Must be an ISO date-time, e.g. 2026-11-21T09:00:00Z' }).optional(),
});


export async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/workspaces/:workspaceId/audit', {
    schema: { tags: ['audit'], summary: 'Who did what, newest first (owners and admins)', params: z.object({ workspaceId: id() }), querystring: query, response: { 200: page(auditEventSchema), ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const me = await authorize(request, request.params.workspaceId, 'audit.view');
    const q = request.query;
    const from = q.from ? new Date(q.from) : undefined;
    const to = q.to ? new Date(q.to) : undefined;
    if (from && to && from > to) throw new AppError(400, 'validation_failed', '"from" must be before "to".');
    return listAudit(app.ctx.db, {
      workspaceId: me.workspaceId,
      action: q.action,
      brandId: q.brandId,
      actorId: q.actorId,
      from,
      to,
      beforeId: q.cursor ? Number(q.cursor) : undefined,
      limit: q.limit,
    });
  });
}
