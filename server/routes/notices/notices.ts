// The caller's own notices (the bell), across every workspace they belong to.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noticesAnswer } from '../../../core/publish/contracts.ts';
import { requireAuth } from '../../auth/request-auth.ts';
import { listNotices, markNoticesRead } from '../../services/publish/notices.ts';
import { errors } from '../common.ts';
import { listNoticesQuery, markReadBody } from './schema.ts';

export async function noticeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  r.get('/notices', {
    schema: { tags: ['notices'], summary: 'My notices, newest first, with how many are unread', querystring: listNoticesQuery, response: { 200: noticesAnswer, ...errors(400, 401) } },
  }, async (request) => {
    const me = requireAuth(request);
    return listNotices(db, me.userId, { unreadOnly: request.query.unread, limit: request.query.limit });
  });

  r.post('/notices/read', {
    schema: { tags: ['notices'], summary: 'Mark some of my notices, or all of them, as read', body: markReadBody, response: { 204: z.null(), ...errors(400, 401) } },
  }, async (request, reply) => {
    const me = requireAuth(request);
    await markNoticesRead(db, me.userId, request.body.all ? 'all' : request.body.ids!);
    return reply.status(204).send(null);
  });
}
