import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, authorize } from '../../http/guard.ts';
import { decodeCursor, pageOf, pageQuery } from '../../http/pagination.ts';
import { recordAudit } from '../../services/audit/audit.ts';
import { listFailedJobs, retryFailedJob } from '../../services/jobs/failed-jobs.ts';
import { errors, failedJobSchema, id, page } from '../common.ts';

const wsParams = z.object({ workspaceId: id() });

export async function jobRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/workspaces/:workspaceId/jobs/failed', {
    schema: { tags: ['jobs'], summary: 'Background jobs that failed for good (owners and admins)', params: wsParams, querystring: z.strictObject(pageQuery), response: { 200: page(failedJobSchema), ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const me = await authorize(request, request.params.workspaceId, 'jobs.view');
    const { limit, cursor } = request.query;
    const rows = await listFailedJobs(app.ctx, me.workspaceId, limit, decodeCursor(cursor));
    return pageOf(rows, limit, (job) => ({ at: new Date(job.createdOn), id: job.id }));
  });

  r.post('/workspaces/:workspaceId/jobs/:jobId/retry', {
    schema: { tags: ['jobs'], summary: 'Run a failed job again', params: wsParams.extend({ jobId: id() }), response: { 202: z.null(), ...errors(401, 403, 404, 409) } },
  }, async (request, reply) => {
    const me = await authorize(request, request.params.workspaceId, 'jobs.view');
    await retryFailedJob(app.ctx, me.workspaceId, request.params.jobId);
    await recordAudit(app.ctx.db, actorOf(request), { workspaceId: me.workspaceId, action: 'job.retry', targetType: 'job', targetId: request.params.jobId });
    return reply.status(202).send(null);
  });
}
