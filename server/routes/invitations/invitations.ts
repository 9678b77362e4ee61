import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emailSchema, passwordSchema, personNameSchema } from '../../../core/validation.ts';
import { actorOf, authorize } from '../../http/guard.ts';
import { requireAuth } from '../../auth/request-auth.ts';
import { acceptInvitation, createInvitation, listInvitations, previewInvitation, revokeInvitation } from '../../services/workspace/invitations.ts';
import { SEND_EMAIL_JOB } from '../../services/mail/outbox.ts';
import { brandScopeInput, errors, id, invitationPreviewSchema, invitationSchema, roleEnum, sessionSchema } from '../common.ts';
import { logIn } from '../auth/session-payload.ts';

const wsParams = z.object({ workspaceId: id() });
const tokenParams = z.object({ token: z.string().min(20, 'This invitation link is incomplete').max(100) });

/** Links point at PUBLIC_URL when set, else at the address the inviter is using. */
function baseUrl(request: FastifyRequest): string {
  const configured = request.server.ctx.config.publicUrl;
  if (configured) return configured;
  return `${request.protocol}://${request.host}`;
}

export async function invitationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  r.get('/workspaces/:workspaceId/invitations', {
    schema: { tags: ['invitations'], summary: 'Invitations of a workspace', params: wsParams, response: { 200: z.object({ items: z.array(invitationSchema) }), ...errors(401, 403, 404) } },
  }, async (request) => {
    const me = await authorize(request, request.params.workspaceId, 'member.manage');
    return { items: await listInvitations(db, me.workspaceId) };
  });

  r.post('/workspaces/:workspaceId/invitations', {
    schema: {
      tags: ['invitations'],
      summary: 'Invite someone by email (the link is emailed when SMTP is set up, and returned to pass on)',
      params: wsParams,
      body: z.strictObject({ email: emailSchema, role: roleEnum, brandIds: brandScopeInput.default(null) }),
      response: { 201: z.object({ invitation: invitationSchema, link: z.string().nullable().describe('null when the link was emailed to the invited address'), emailed: z.boolean() }), ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const me = await authorize(request, request.params.workspaceId, 'member.manage');
    const auth = requireAuth(request);
    const sendEmail = app.ctx.mailer !== null;
    const result = await createInvitation(db, { ...actorOf(request), userId: auth.userId }, me, {
      ...request.body,
      baseUrl: baseUrl(request),
      sendEmail,
    });
    if (result.emailId) await app.ctx.jobs.send(SEND_EMAIL_JOB, { emailId: result.emailId, workspaceId: me.workspaceId });
    // An emailed link goes to the invited address only, so nobody else can accept in their name.
    return reply.status(201).send({ invitation: result.invitation, link: sendEmail ? null : result.link, emailed: sendEmail });
  });

  r.delete('/workspaces/:workspaceId/invitations/:invitationId', {
    schema: { tags: ['invitations'], summary: 'Revoke an invitation', params: wsParams.extend({ invitationId: id() }), response: { 204: z.null(), ...errors(401, 403, 404) } },
  }, async (request, reply) => {
    const me = await authorize(request, request.params.workspaceId, 'member.manage');
    await revokeInvitation(db, actorOf(request), me.workspaceId, request.params.invitationId);
    return reply.status(204).send(null);
  });

  r.get('/invitations/:token', {
    schema: {
      tags: ['invitations'],
      summary: 'What an invitation link offers (public)',
      params: tokenParams,
      response: {
        200: invitationPreviewSchema,
        ...errors(404, 410),
      },
    },
  }, async (request) => previewInvitation(db, request.params.token));

  r.post('/invitations/:token/accept', {
    schema: {
      tags: ['invitations'],
      summary: 'Accept an invitation: creates the account if needed and logs in',
      params: tokenParams,
      body: z.strictObject({ name: personNameSchema.optional(), password: passwordSchema.optional() }),
      response: { 200: sessionSchema.extend({ workspaceId: z.string() }), ...errors(400, 401, 403, 404, 409, 410) },
    },
  }, async (request, reply) => {
    const { userId, workspaceId } = await acceptInvitation(db, actorOf(request), request.params.token, {
      signedInUserId: request.auth?.userId ?? null,
      ...request.body,
    });
    const session = await logIn(request, reply, userId);
    return { ...session, workspaceId };
  });
}
