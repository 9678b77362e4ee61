// Enforces the permission matrix (core/permissions.ts) on a route. A workspace the caller does not
// belong to, and a brand outside their scope, answer 404 so their existence does not leak.
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { actionScope, decide, type Action } from '../../core/permissions.ts';
import { brands } from '../db/schema.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { findMembership, type Membership } from '../services/workspace/membership.ts';
import type { Actor } from '../services/audit/audit.ts';
import { conflict, forbidden, notFound } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function requireMember(request: FastifyRequest, workspaceId: string): Promise<Membership> {
  const auth = requireAuth(request);
  if (!UUID.test(workspaceId)) throw notFound('This workspace');
  const membership = await findMembership(request.server.ctx.db, workspaceId, auth.userId);
  if (!membership) throw notFound('This workspace');
  return membership;
}

export async function authorize(
  request: FastifyRequest,
  workspaceId: string,
  action: Action,
  brandId?: string,
): Promise<Membership> {
  const membership = await requireMember(request, workspaceId);
  if (actionScope(action) === 'brand') {
    if (!brandId || !UUID.test(brandId)) throw notFound('This brand');
    const [brand] = await request.server.ctx.db
      .select({ id: brands.id })
      .from(brands)
      .where(and(eq(brands.id, brandId), eq(brands.workspaceId, workspaceId)));
    if (!brand) throw notFound('This brand');
  }
  const decision = decide(membership, action, brandId);
  if (!decision.allowed) {
    if (decision.reason === 'role') throw forbidden();
    throw notFound('This brand');
  }
  return membership;
}

/**
 * For routes addressed by brand alone (`/brands/:brandId/...`): finds the brand's workspace, then
 * applies the same rules as authorize. A brand of a workspace the caller is not in answers 404.
 */
export async function authorizeBrand(
  request: FastifyRequest,
  brandId: string,
  action: Action,
): Promise<Membership & { brand: BrandRow }> {
  requireAuth(request);
  if (!UUID.test(brandId)) throw notFound('This brand');
  const [brand] = await request.server.ctx.db.select().from(brands).where(eq(brands.id, brandId));
  if (!brand) throw notFound('This brand');
  const membership = await findMembership(request.server.ctx.db, brand.workspaceId, request.auth!.userId);
  if (!membership) throw notFound('This brand');
  const decision = decide(membership, action, brandId);
  if (!decision.allowed) {
    if (decision.reason === 'role') throw forbidden();
    throw notFound('This brand');
  }
  // An archived brand keeps its history readable, but nothing of it changes any more.
  if (brand.archivedAt && !action.endsWith('.view')) throw conflict('brand_archived', 'This brand is archived, so it can no longer be changed.');
  return { ...membership, brand };
}

export type BrandRow = typeof brands.$inferSelect;

export function actorOf(request: FastifyRequest): Actor {
  const auth = request.auth;
  return {
    userId: auth?.userId ?? null,
    via: auth ? (auth.via === 'token' ? `token:${auth.tokenName}` : 'session') : 'system',
    ip: request.ip ?? null,
  };
}
