import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { visibleBrandIds } from '../../../core/permissions.ts';
import { actorOf, authorize, requireMember } from '../../http/guard.ts';
import { requireAuth } from '../../auth/request-auth.ts';
import { createWorkspace, getWorkspace, listUserWorkspaces, toWorkspace, updateWorkspace } from '../../services/workspace/workspaces.ts';
import { errors, id, workspaceSchema, workspaceSummarySchema, workspaceWithMe } from '../common.ts';
import { createWorkspaceBody, updateWorkspaceBody } from './schema.ts';

const params = z.object({ workspaceId: id() });

export async function workspaceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.db;

  r.get('/workspaces', {
    schema: { tags: ['workspaces'], summary: 'The workspaces I belong to', response: { 200: z.object({ items: z.array(workspaceSummarySchema) }), ...errors(401) } },
  }, async (request) => ({ items: await listUserWorkspaces(db, requireAuth(request).userId) }));

  r.post('/workspaces', {
    schema: { tags: ['workspaces'], summary: 'Create a workspace (I become its owner)', body: createWorkspaceBody, response: { 201: z.object({ workspace: workspaceSchema }), ...errors(400, 401) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const ws = await createWorkspace(db, { ...actorOf(request), userId: auth.userId }, request.body);
    return reply.status(201).send({ workspace: toWorkspace(ws) });
  });

  r.get('/workspaces/:workspaceId', {
    schema: { tags: ['workspaces'], summary: 'A workspace and my role in it', params, response: { 200: workspaceWithMe, ...errors(401, 404) } },
  }, async (request) => {
    const me = await requireMember(request, request.params.workspaceId);
    const ws = await getWorkspace(db, me.workspaceId);
    const brandIds = visibleBrandIds(me);
    return { workspace: toWorkspace(ws), me: { memberId: me.memberId, role: me.role, brandIds: brandIds ? [...brandIds] : null } };
  });

  r.patch('/workspaces/:workspaceId', {
    schema: { tags: ['workspaces'], summary: 'Rename a workspace or change its kind', params, body: updateWorkspaceBody, response: { 200: z.object({ workspace: workspaceSchema }), ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const me = await authorize(request, request.params.workspaceId, 'workspace.update');
    return { workspace: toWorkspace(await updateWorkspace(db, actorOf(request), me.workspaceId, request.body)) };
  });
}
