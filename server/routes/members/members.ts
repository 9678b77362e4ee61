import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, authorize, requireMember } from '../../http/guard.ts';
import { decodeCursor, pageQuery } from '../../http/pagination.ts';
import { listMembers, removeMember, updateMember } from '../../services/workspace/members.ts';
import { brandScopeInput, errors, id, memberSchema, page, roleEnum } from '../common.ts';

const wsParams = z.object({ workspaceId: id() });
const memberParams = z.object({ workspaceId: id(), memberId: id() });
const updateMemberBody = z.strictObject({ role: roleEnum.optional(), brandIds: brandScopeInput.optional() });

export async function memberRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.db;

  r.get('/workspaces/:workspaceId/members', {
    schema: { tags: ['members'], summary: 'Members of a workspace', params: wsParams, querystring: z.strictObject(pageQuery), response: { 200: page(memberSchema), ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const me = await authorize(request, request.params.workspaceId, 'member.view');
    return listMembers(db, me, { limit: request.query.limit, after: decodeCursor(request.query.cursor) });
  });

  r.patch('/workspaces/:workspaceId/members/:memberId', {
    schema: { tags: ['members'], summary: 'Change a member\'s role or brand scope', params: memberParams, body: updateMemberBody, response: { 200: z.object({ member: memberSchema }), ...errors(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const me = await authorize(request, request.params.workspaceId, 'member.manage');
    return { member: await updateMember(db, actorOf(request), me, request.params.memberId, request.body) };
  });

  r.delete('/workspaces/:workspaceId/members/:memberId', {
    schema: { tags: ['members'], summary: 'Remove a member (or leave, for myself)', params: memberParams, response: { 204: z.null(), ...errors(401, 403, 404, 409) } },
  }, async (request, reply) => {
    // Anyone may leave; removing others is checked in the service (member.manage, owners by owners).
    const me = await requireMember(request, request.params.workspaceId);
    await removeMember(db, actorOf(request), me, request.params.memberId);
    return reply.status(204).send(null);
  });
}
