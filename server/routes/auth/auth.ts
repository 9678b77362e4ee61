// Log in and out, the current session, the user's own profile, password and API tokens.
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiTokens, users } from '../../db/schema.ts';
import { AppError, forbidden, notFound, unauthenticated } from '../../http/errors.ts';
import { actorOf } from '../../http/guard.ts';
import { requireAuth, SESSION_COOKIE } from '../../auth/request-auth.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { createApiToken, listApiTokens, toApiToken } from '../../services/auth/api-tokens.ts';
import { checkCredentials } from '../../services/auth/login.ts';
import { deleteOtherSessions, deleteSession } from '../../services/auth/sessions.ts';
import { recordAudit } from '../../services/audit/audit.ts';
import { apiTokenSchema, errors, id, sessionSchema, userSchema } from '../common.ts';
import { changePasswordBody, createTokenBody, loginBody, updateMeBody } from './schema.ts';
import { logIn, sessionPayload } from './session-payload.ts';

/**
 * Passwords and tokens are managed from a logged-in browser only: a leaked token must not be able
 * to mint tokens that outlive it, revoke the owner's other tokens, or change the password.
 */
function requireBrowserSession(request: FastifyRequest) {
  const auth = requireAuth(request);
  if (auth.via !== 'session') {
    throw forbidden('API tokens and passwords are managed from the app (Account), not with an API token.');
  }
  return auth;
}

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.db;

  r.post('/auth/login', {
    schema: { tags: ['auth'], summary: 'Log in with email and password', body: loginBody, response: { 200: sessionSchema, ...errors(400, 401, 429) } },
  }, async (request, reply) => {
    const user = await checkCredentials(db, request.body.email, request.body.password, request.ip ?? null);
    return logIn(request, reply, user.id);
  });

  r.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Log out of this browser', response: { 204: z.null() } } }, async (request, reply) => {
    if (request.auth?.sessionId) await deleteSession(db, request.auth.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  r.get('/auth/session', {
    schema: { tags: ['auth'], summary: 'The current user, CSRF token and workspaces', response: { 200: sessionSchema, ...errors(401) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return sessionPayload(db, auth.userId, auth.csrfToken ?? '');
  });

  r.post('/auth/password', {
    schema: { tags: ['auth'], summary: 'Change my password (ends my other sessions)', body: changePasswordBody, response: { 204: z.null(), ...errors(400, 401, 403) } },
  }, async (request, reply) => {
    const auth = requireBrowserSession(request);
    const [user] = await db.select().from(users).where(eq(users.id, auth.userId));
    if (!user) throw unauthenticated();
    if (!(await verifyPassword(request.body.currentPassword, user.passwordHash))) {
      throw new AppError(400, 'validation_failed', 'The current password is wrong.', {
        issues: [{ path: 'body.currentPassword', message: 'The current password is wrong.' }],
      });
    }
    const passwordHash = await hashPassword(request.body.newPassword);
    await db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, auth.userId));
      await recordAudit(tx, actorOf(request), { workspaceId: null, action: 'user.password_change', targetType: 'user', targetId: auth.userId });
      await deleteOtherSessions(tx, auth.userId, auth.sessionId);
    });
    return reply.status(204).send(null);
  });

  r.patch('/me', {
    schema: { tags: ['auth'], summary: 'Update my name or language', body: updateMeBody, response: { 200: z.object({ user: userSchema }), ...errors(400, 401) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const [user] = await db
      .update(users)
      .set({ ...request.body, updatedAt: new Date() })
      .where(eq(users.id, auth.userId))
      .returning();
    if (!user) throw unauthenticated();
    return { user: { id: user.id, email: user.email, name: user.name, locale: user.locale } };
  });

  r.get('/me/tokens', {
    schema: { tags: ['api tokens'], summary: 'My personal API tokens', response: { 200: z.object({ items: z.array(apiTokenSchema) }), ...errors(401) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return { items: (await listApiTokens(db, auth.userId)).map(toApiToken) };
  });

  r.post('/me/tokens', {
    schema: {
      tags: ['api tokens'],
      summary: 'Create a personal API token (the secret is shown once)',
      body: createTokenBody,
      response: { 201: z.object({ token: apiTokenSchema, secret: z.string() }), ...errors(400, 401, 403) },
    },
  }, async (request, reply) => {
    const auth = requireBrowserSession(request);
    const { token, secret } = await db.transaction(async (tx) => {
      const created = await createApiToken(tx, auth.userId, request.body.name, request.body.expiresInDays ?? null);
      await recordAudit(tx, actorOf(request), { workspaceId: null, action: 'api_token.create', targetType: 'api_token', targetId: created.token.id, after: { name: created.token.name } });
      return created;
    });
    return reply.status(201).send({ token: toApiToken(token), secret });
  });

  r.delete('/me/tokens/:tokenId', {
    schema: { tags: ['api tokens'], summary: 'Revoke one of my API tokens', params: z.object({ tokenId: id() }), response: { 204: z.null(), ...errors(401, 403, 404) } },
  }, async (request, reply) => {
    const auth = requireBrowserSession(request);
    await db.transaction(async (tx) => {
      const [row] = await tx
        .update(apiTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(apiTokens.id, request.params.tokenId), eq(apiTokens.userId, auth.userId), isNull(apiTokens.revokedAt)))
        .returning();
      if (row) {
        await recordAudit(tx, actorOf(request), { workspaceId: null, action: 'api_token.revoke', targetType: 'api_token', targetId: row.id, before: { name: row.name } });
        return;
      }
      const [exists] = await tx.select({ id: apiTokens.id }).from(apiTokens).where(and(eq(apiTokens.id, request.params.tokenId), eq(apiTokens.userId, auth.userId)));
      if (!exists) throw notFound('This token');
    });
    return reply.status(204).send(null);
  });
}
