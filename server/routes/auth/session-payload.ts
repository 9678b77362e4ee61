// The session answer the app starts from: who I am, the CSRF token, and my workspaces.
import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connect.ts';
import { users } from '../../db/schema.ts';
import { unauthenticated } from '../../http/errors.ts';
import { SESSION_COOKIE } from '../../auth/request-auth.ts';
import { createSession } from '../../services/auth/sessions.ts';
import { listUserWorkspaces } from '../../services/workspace/workspaces.ts';

export async function sessionPayload(db: Db, userId: string, csrfToken: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw unauthenticated();
  return {
    user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
    csrfToken,
    workspaces: await listUserWorkspaces(db, userId),
  };
}

/** Starts a browser session: the cookie is httpOnly, SameSite=Lax, and Secure behind https. */
export async function logIn(request: FastifyRequest, reply: FastifyReply, userId: string) {
  const { db, config } = request.server.ctx;
  const session = await createSession(db, {
    userId,
    ttlHours: config.sessionTtlHours,
    userAgent: request.headers['user-agent'],
    ip: request.ip,
  });
  reply.setCookie(SESSION_COOKIE, session.cookie, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: session.expiresAt,
  });
  return sessionPayload(db, userId, session.csrfToken);
}
