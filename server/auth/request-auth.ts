// Identifies the caller of every API request (session cookie or bearer token) and enforces CSRF
// protection on state-changing requests that rely on the cookie.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from '../http/errors.ts';
import type { RequestAuth } from '../http/context.ts';
import { findSessionUser } from '../services/auth/sessions.ts';
import { findTokenUser } from '../services/auth/api-tokens.ts';

export const SESSION_COOKIE = 'brandroom_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Logging in replaces whatever session the browser had, so it needs no token from the old one.
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);

export function registerRequestAuth(app: FastifyInstance) {
  app.decorateRequest('auth', null);
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    request.auth = await identify(app, request);
    if (request.auth?.via === 'session' && !SAFE_METHODS.has(request.method) && !CSRF_EXEMPT.has(request.routeOptions.url ?? '')) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, request.auth.csrfToken ?? '')) {
        throw new AppError(403, 'csrf_failed', 'Security check failed: reload the page and try again.');
      }
    }
  });
}

async function identify(app: FastifyInstance, request: FastifyRequest): Promise<RequestAuth | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const token = await findTokenUser(app.ctx.db, match[1]!);
    if (!token) throw unauthenticated('This API token is not valid: it may have been revoked or have expired.');
    return { userId: token.userId, via: 'token', sessionId: null, csrfToken: null, tokenId: token.id, tokenName: token.name };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const session = await findSessionUser(app.ctx.db, cookie);
  if (!session) return null;
  return {
    userId: session.userId,
    via: 'session',
    sessionId: session.id,
    csrfToken: session.csrfToken,
    tokenId: null,
    tokenName: null,
  };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export function requireAuth(request: FastifyRequest): RequestAuth {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}
